package journey.report.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one box, measured before it is drawn: every text wraps at the box's width and the box
 * is as tall as its text, so that nothing is cut and a printed map keeps every word. Places for an
 * icon or a chip are reserved the same way; the drawing puts them where the card says.
 */
final class Card {

	static final double PADDING = 8;
	private static final double LINE_SPACING = 1.25;
	private static final double ITEM_GAP = 3;

	/** One text of the card: where it starts (relative to the card), how it looks, and its lines as measured. */
	private record Item(double dx, double top, double fontSize, String css, String text, List<String> lines) {
	}

	private final double width;
	private final List<Item> items = new ArrayList<>();
	private double cursor = PADDING - ITEM_GAP;
	private double reserved = -1;

	Card(double width) {
		this.width = width;
	}

	/** A text across the card's inner width; nothing is added for an empty text. */
	Card text(String css, double fontSize, String text) {
		return text(0, 0, 0, css, fontSize, text);
	}

	/**
	 * A text that leaves room at its left ({@code indent}) and its right ({@code reserveRight}),
	 * beside an icon or a chip; it is at least {@code minHeight} tall so that the icon fits.
	 */
	Card text(double indent, double reserveRight, double minHeight, String css, double fontSize, String text) {
		if (text == null || text.isBlank()) {
			return this;
		}
		double textWidth = width - 2 * PADDING - indent - reserveRight;
		List<String> lines = Svg.lines(textWidth, fontSize, css, text);
		cursor += ITEM_GAP;
		items.add(new Item(PADDING + indent, cursor, fontSize, css, text, lines));
		cursor += Math.max(lines.size() * fontSize * LINE_SPACING, minHeight);
		return this;
	}

	/** Room for a chip, {@code height} tall, below what the card holds so far; see {@link #reserved()}. */
	Card reserve(double height) {
		cursor += ITEM_GAP;
		reserved = cursor;
		cursor += height;
		return this;
	}

	/** The top of the room reserved for a chip, relative to the card. */
	double reserved() {
		return reserved;
	}

	/** The card's height: its texts and reserved rooms, and the padding, at least {@code minimum}. */
	double height(double minimum) {
		return Math.max(minimum, cursor + PADDING);
	}

	double height() {
		return height(0);
	}

	/** Draws the texts in the lines they were measured in; the box and anything reserved are drawn by the caller. */
	void draw(Svg svg, double x, double y) {
		for (Item item : items) {
			svg.wrappedText(x + item.dx(), y + item.top() + item.fontSize() * 0.95, item.fontSize(), item.css(), item.text(), item.lines());
		}
	}
}
