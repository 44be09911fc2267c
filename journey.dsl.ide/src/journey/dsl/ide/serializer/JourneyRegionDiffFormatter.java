package journey.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionRewriter;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegmentDiff;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Formats what a model change wrote into a journey file, together with the whitespace on either
 * side of it. Xtext's default formats only the changed tokens, which leaves an element inserted
 * after the last one of a list at column 0, and two spaces where a title was removed.
 */
public class JourneyRegionDiffFormatter extends RegionDiffFormatter {

	@Override
	protected Collection<ITextRegion> collectRegionsToFormat(ITextRegionAccessDiff regions) {
		List<ITextRegion> result = new ArrayList<>();
		for (Change change : changes(regions)) {
			result.add(regions.regionForOffset(change.modifiedOffset(), change.modifiedEnd() - change.modifiedOffset()));
		}
		return result;
	}

	@Override
	protected List<ITextReplacement> mergeReplacements(ITextRegionAccessDiff regions, List<ITextReplacement> formatting) {
		ITextRegionRewriter original = regions.getOriginalTextRegionAccess().getRewriter();
		List<ITextReplacement> result = new ArrayList<>();
		for (Change change : changes(regions)) {
			ITextSegment modified = regions.regionForOffset(change.modifiedOffset(), change.modifiedEnd() - change.modifiedOffset());
			List<ITextReplacement> local = formatting.stream().filter(modified::contains).toList();
			String text = local.isEmpty() ? modified.getText() : regions.getRewriter().renderToString(modified, local);
			result.add(original.createReplacement(change.originalOffset(), change.originalEnd() - change.originalOffset(), text));
		}
		return result;
	}

	/** One changed stretch of text, widened to the whitespace around it, in the original and in the modified text. */
	private record Change(int originalOffset, int originalEnd, int modifiedOffset, int modifiedEnd) {
	}

	/** The differences, each widened to its neighbouring hidden regions, those that then touch merged into one. */
	private static List<Change> changes(ITextRegionAccessDiff regions) {
		List<Change> changes = new ArrayList<>();
		for (ITextSegmentDiff diff : regions.getRegionDifferences()) {
			Change change = new Change(start(diff.getOriginalFirstRegion()), end(diff.getOriginalLastRegion()),
					start(diff.getModifiedFirstRegion()), end(diff.getModifiedLastRegion()));
			Change last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
			if (last != null && change.originalOffset() <= last.originalEnd()) {
				changes.set(changes.size() - 1, new Change(last.originalOffset(), Math.max(last.originalEnd(), change.originalEnd()),
						last.modifiedOffset(), Math.max(last.modifiedEnd(), change.modifiedEnd())));
			} else {
				changes.add(change);
			}
		}
		return changes;
	}

	private static int start(ITextSegment first) {
		if (first instanceof ISemanticRegion semantic) {
			IHiddenRegion before = semantic.getPreviousHiddenRegion();
			return before == null ? first.getOffset() : before.getOffset();
		}
		return first.getOffset();
	}

	private static int end(ITextSegment last) {
		if (last instanceof ISemanticRegion semantic) {
			IHiddenRegion after = semantic.getNextHiddenRegion();
			return after == null ? last.getEndOffset() : after.getEndOffset();
		}
		return last.getEndOffset();
	}
}
