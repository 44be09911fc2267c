package journey.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;

/**
 * A block comment is re-indented line by line when the analyst formats a file, as Xtext does; in
 * text that a model change rewrote, its lines stay as they were written, because an edit made in a
 * diagram must not change a comment that nobody touched.
 */
class BlockCommentLayout extends MultilineCommentReplacer {

	BlockCommentLayout(IComment comment) {
		super(comment, '*');
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		if (getComment().getTextRegionAccess() instanceof ITextRegionAccessDiff) {
			return context;
		}
		return super.createReplacements(context);
	}
}
