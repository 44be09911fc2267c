package journey.dsl.formatting2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Decides the line breaks of a whitespace gap, reading the line breaks it already has as Xtext
 * does, except in text that a model change rewrote. There the serializer joins the whitespace
 * before and after a part it leaves out ("line break, indentation, line break, indentation"), and
 * the gap would keep a blank line that the author never wrote. So in a changed file whose blank
 * lines are empty, a gap counts the line breaks of its widest piece, not of all its pieces.
 */
class GapLineBreaks extends WhitespaceReplacer {

	private static final Pattern INDENTED_BLANK_LINE = Pattern.compile("(?m)^[ \\t]+\\r?\\n");
	private static final Pattern PIECE = Pattern.compile("(\\r?\\n)+[ \\t]*");

	GapLineBreaks(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		super(whitespace, formatting);
	}

	@Override
	protected int computeNewLineCount(ITextReplacerContext context) {
		IHiddenRegionFormatting formatting = getFormatting();
		Integer min = formatting.getNewLineMin();
		Integer max = formatting.getNewLineMax();
		if (min == null && formatting.getNewLineDefault() == null && max == null
				|| getRegion() instanceof IHiddenRegion hidden && hidden.isUndefined() || !joinsWhitespace()) {
			return super.computeNewLineCount(context);
		}
		int lineBreaks = widestPiece(getRegion().getText());
		if (min != null && min > lineBreaks) {
			lineBreaks = min;
		}
		if (max != null && max < lineBreaks) {
			lineBreaks = max;
		}
		return lineBreaks;
	}

	/** Whether the text was rewritten from a file that has no lines of indentation only. */
	private boolean joinsWhitespace() {
		return getRegion().getTextRegionAccess() instanceof ITextRegionAccessDiff diff
				&& !INDENTED_BLANK_LINE.matcher(diff.getOriginalTextRegionAccess().regionForDocument().getText()).find();
	}

	private static int widestPiece(String whitespace) {
		int widest = 0;
		Matcher pieces = PIECE.matcher(whitespace);
		while (pieces.find()) {
			widest = Math.max(widest, (int) pieces.group().chars().filter(c -> c == '\n').count());
		}
		return widest;
	}
}
