package journey.report.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import journey.report.OutputText;

/**
 * Writes one SVG drawing. Every string from the model goes through {@link OutputText#html}; every box
 * a reader must be able to tell apart is recorded, so tests can prove that none overlap.
 */
public final class Svg {

	/** A box drawn in the picture, in SVG user units. */
	public record Box(String kind, double x, double y, double width, double height) {

		/** Whether the two boxes share any area (touching edges do not count). */
		public boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}
	}

	/** A finished drawing: its markup, its size and the boxes in it. */
	public record Drawing(String markup, double width, double height, List<Box> boxes) {
	}

	private final StringBuilder body = new StringBuilder(1 << 16);
	private final List<Box> boxes = new ArrayList<>();

	static String num(double value) {
		if (value == Math.rint(value)) {
			return Long.toString((long) value);
		}
		if (value > 0) {
			// what %.1f writes (the shortest decimal, rounded half up), without a Formatter for each of a page's numbers
			return oneDecimal(value);
		}
		return String.format(Locale.ROOT, "%.1f", value); // keeps %.1f's "-0.0"
	}

	/**
	 * The shortest decimal of a positive number rounded half up to one decimal place, as
	 * {@code BigDecimal.valueOf(value).setScale(1, HALF_UP)} writes it: the rounding is done on the
	 * digits of {@link Double#toString}, which a page writes for tens of thousands of coordinates.
	 */
	private static String oneDecimal(double value) {
		String shortest = Double.toString(value);
		int dot = shortest.indexOf('.');
		if (dot < 0 || shortest.indexOf('E') >= 0) {
			return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
		}
		if (shortest.length() <= dot + 2) {
			return shortest;
		}
		char[] kept = shortest.substring(0, dot + 2).toCharArray();
		if (shortest.charAt(dot + 2) < '5') {
			return new String(kept);
		}
		int i = kept.length - 1;
		for (; i >= 0; i--) {
			if (kept[i] == '.') {
				continue;
			}
			if (kept[i] != '9') {
				kept[i]++;
				break;
			}
			kept[i] = '0';
		}
		return i < 0 ? "1" + new String(kept) : new String(kept);
	}

	/** A rectangle that is one of the picture's boxes (a card, a node). */
	public Svg box(String kind, double x, double y, double w, double h, String cssClass) {
		boxes.add(new Box(kind, x, y, w, h));
		return rect(x, y, w, h, cssClass);
	}

	/** A rectangle that is background (a band, a lane), not a box of its own. */
	public Svg rect(double x, double y, double w, double h, String cssClass) {
		body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
				.append("\" height=\"").append(num(h)).append("\" class=\"").append(cssClass).append("\"/>\n");
		return this;
	}

	public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
		body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
				.append("\" y2=\"").append(num(y2)).append("\" class=\"").append(cssClass).append("\"/>\n");
		return this;
	}

	public Svg path(String d, String cssClass) {
		body.append("<path d=\"").append(d).append("\" class=\"").append(cssClass).append("\"/>\n");
		return this;
	}

	public Svg circle(double cx, double cy, double r, String cssClass) {
		body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
				.append("\" class=\"").append(cssClass).append("\"/>\n");
		return this;
	}

	/** One line of text, cut with an ellipsis to the width; the full text is kept as a tooltip when cut. */
	public Svg text(double x, double y, double maxWidth, double fontSize, String cssClass, String text) {
		String shown = TextMeasure.ellipsize(text, fit(maxWidth, cssClass), fontSize);
		body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" class=\"").append(cssClass)
				.append("\" font-size=\"").append(num(fontSize)).append("\">");
		if (!shown.equals(text == null ? "" : text.strip())) {
			body.append("<title>").append(OutputText.html(text)).append("</title>");
		}
		body.append(OutputText.html(shown)).append("</text>\n");
		return this;
	}

	/** The lines a text takes when wrapped at the width, as {@link #textBlock} draws it without a limit. */
	static List<String> lines(double maxWidth, double fontSize, String cssClass, String text) {
		return TextMeasure.wrap(text, fit(maxWidth, cssClass), fontSize, Integer.MAX_VALUE);
	}

	/** Text that is wrapped at the width onto at most {@code maxLines} lines; returns the lines used. */
	public int textBlock(double x, double y, double maxWidth, double fontSize, int maxLines, String cssClass, String text) {
		List<String> lines = TextMeasure.wrap(text, fit(maxWidth, cssClass), fontSize, maxLines);
		wrappedText(x, y, fontSize, cssClass, text, lines);
		return lines.size();
	}

	/**
	 * Text drawn in the lines it was wrapped into (by {@link #lines(double, double, String, String)}
	 * or {@link TextMeasure#wrap}); the full text is kept as a tooltip when it takes more than one
	 * line or was cut.
	 */
	Svg wrappedText(double x, double y, double fontSize, String cssClass, String text, List<String> lines) {
		if (lines.isEmpty()) {
			return this;
		}
		double lineHeight = fontSize * 1.25;
		body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" class=\"").append(cssClass)
				.append("\" font-size=\"").append(num(fontSize)).append("\">");
		if (lines.size() > 1 || !lines.get(0).equals(TextMeasure.oneLine(text))) {
			body.append("<title>").append(OutputText.html(text)).append("</title>");
		}
		for (int i = 0; i < lines.size(); i++) {
			body.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? "0" : num(lineHeight)).append("\">")
					.append(OutputText.html(lines.get(i))).append("</tspan>");
		}
		body.append("</text>\n");
		return this;
	}

	/** Bold and white (bold) text runs wider than the estimate for regular text. */
	private static double fit(double maxWidth, String cssClass) {
		return cssClass.contains("bold") || cssClass.contains("white") || cssClass.contains("label") ? maxWidth / 1.1 : maxWidth;
	}

	/** Opens a group whose tooltip is the given text; close it with {@link #end()}. */
	public Svg group(String cssClass, String tooltip) {
		body.append("<g class=\"").append(cssClass).append("\">");
		if (tooltip != null && !tooltip.isBlank()) {
			body.append("<title>").append(OutputText.html(tooltip)).append("</title>");
		}
		body.append('\n');
		return this;
	}

	public Svg end() {
		body.append("</g>\n");
		return this;
	}

	/** Markup that this package wrote itself (icons); never model text. */
	Svg trusted(String markup) {
		body.append(markup);
		return this;
	}

	/** The finished drawing, a standalone SVG document that carries its own style sheet. */
	public Drawing finish(double width, double height, String title) {
		String markup = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"journey-svg\" width=\"" + num(width) + "\" height=\"" + num(height)
				+ "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" role=\"img\">\n<title>" + OutputText.html(title)
				+ "</title>\n<style>" + Styles.SVG + "</style>\n" + body + "</svg>\n";
		return new Drawing(markup, width, height, List.copyOf(boxes));
	}
}
