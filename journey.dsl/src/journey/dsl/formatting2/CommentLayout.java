package journey.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;

/**
 * Places the comments of a gap between tokens: those right after an opening brace or right before a
 * closing brace at the indentation of the body they sit in, and the first one of a file at its very
 * start.
 * <p>
 * Xtext applies a body's indentation only at the first line break of such a gap, so a comment line
 * after a trailing {@code // comment} would stay unindented and a comment above the closing brace
 * would move out to the brace's column. Here the indentation starts with the gap's first whitespace
 * and ends with its last one.
 * <p>
 * A comment that opens a gap the serializer made (an element was inserted just before it) stood
 * on a line of its own: the line break before it stayed behind with the element above. It keeps a
 * line of its own rather than become a trailing comment of the new element.
 */
class CommentLayout extends HiddenRegionReplacer {

	CommentLayout(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		super(region, formatting);
	}

	@Override
	protected void applyHiddenRegionFormatting(List<ITextReplacer> replacers) {
		super.applyHiddenRegionFormatting(replacers);
		if (getRegion().getPreviousSemanticRegion() == null) {
			IHiddenRegionFormatting start = ((WhitespaceReplacer) replacers.get(0)).getFormatting();
			start.setNewLinesMin(0);
			start.setNewLinesDefault(0);
			start.setNewLinesMax(0);
			start.setSpace("");
		}
		if (getRegion().isUndefined() && getRegion().getPreviousSemanticRegion() != null && !getRegion().getParts().isEmpty()
				&& getRegion().getParts().get(0) instanceof IComment) {
			IHiddenRegionFormatting beforeComment = ((WhitespaceReplacer) replacers.get(0)).getFormatting();
			beforeComment.setNewLinesMin(1);
			beforeComment.setNewLinesDefault(1);
		}
	}

	@Override
	protected void applyIndentation(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
		Integer increase = getFormatting().getIndentationIncrease();
		Integer decrease = getFormatting().getIndentationDecrease();
		if (increase != null) {
			((WhitespaceReplacer) replacers.get(0)).getFormatting().setIndentationIncrease(increase);
		}
		if (decrease != null) {
			((WhitespaceReplacer) replacers.get(replacers.size() - 1)).getFormatting().setIndentationDecrease(decrease);
		}
	}
}
