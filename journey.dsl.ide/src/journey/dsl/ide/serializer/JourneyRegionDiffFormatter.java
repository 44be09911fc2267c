package journey.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.formatting2.regionaccess.IWhitespace;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionRewriter;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegmentDiff;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Formats what a model change wrote into a journey file, together with the whitespace on either
 * side of lines it adds or removes. Xtext's default formats only the changed tokens, which leaves
 * an element inserted after the last one of a list at column 0, and two spaces where a title was
 * removed. Between tokens the change left side by side, the whitespace that was read stays
 * ({@link UnchangedLayout}).
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
		String originalText = regions.getOriginalTextRegionAccess().regionForDocument().getText();
		List<ITextReplacement> result = new ArrayList<>();
		for (Change change : changes(regions)) {
			ITextSegment modified = regions.regionForOffset(change.modifiedOffset(), change.modifiedEnd() - change.modifiedOffset());
			List<ITextReplacement> local = formatting.stream().filter(modified::contains).toList();
			String text = local.isEmpty() ? modified.getText() : regions.getRewriter().renderToString(modified, local);
			text = UnchangedLayout.restore(originalText.substring(change.originalOffset(), change.originalEnd()), text);
			result.add(original.createReplacement(change.originalOffset(), change.originalEnd() - change.originalOffset(), text));
		}
		return result;
	}

	/** One changed stretch of text, widened to the whitespace around it, in the original and in the modified text. */
	private record Change(int originalOffset, int originalEnd, int modifiedOffset, int modifiedEnd) {
	}

	/**
	 * The differences, those that add or remove lines (or leave nothing on a line) widened by the
	 * whitespace on either side, those that then touch merged into one. The whitespace on either side
	 * is text that the change left alone, so it is the same before and after the change; a change
	 * within a line, such as a rename, keeps the layout around it.
	 */
	private static List<Change> changes(ITextRegionAccessDiff regions) {
		String original = regions.getOriginalTextRegionAccess().regionForDocument().getText();
		String modified = regions.regionForDocument().getText();
		List<Change> changes = new ArrayList<>();
		for (ITextSegmentDiff diff : regions.getRegionDifferences()) {
			int originalStart = diff.getOriginalFirstRegion().getOffset();
			int originalEnd = diff.getOriginalLastRegion().getEndOffset();
			int modifiedStart = diff.getModifiedFirstRegion().getOffset();
			int modifiedEnd = diff.getModifiedLastRegion().getEndOffset();
			String before = original.substring(originalStart, originalEnd);
			String after = modified.substring(modifiedStart, modifiedEnd);
			if (before.contains("\n") || after.contains("\n") || after.isBlank()) {
				int leading = trailingWhitespace(diff.getOriginalFirstRegion() instanceof ISemanticRegion first ? first.getPreviousHiddenRegion() : null);
				int trailing = leadingWhitespace(diff.getOriginalLastRegion() instanceof ISemanticRegion last ? last.getNextHiddenRegion() : null);
				originalStart -= leading;
				modifiedStart -= leading;
				originalEnd += trailing;
				modifiedEnd += trailing;
			}
			Change change = new Change(originalStart, originalEnd, modifiedStart, modifiedEnd);
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

	/** The length of the whitespace at the end of a hidden region, after its last comment. */
	private static int trailingWhitespace(IHiddenRegion hidden) {
		int length = 0;
		if (hidden != null) {
			List<IHiddenRegionPart> parts = hidden.getParts();
			for (int i = parts.size() - 1; i >= 0 && parts.get(i) instanceof IWhitespace; i--) {
				length += parts.get(i).getLength();
			}
		}
		return length;
	}

	/** The length of the whitespace at the start of a hidden region, before its first comment. */
	private static int leadingWhitespace(IHiddenRegion hidden) {
		int length = 0;
		if (hidden != null) {
			for (IHiddenRegionPart part : hidden.getParts()) {
				if (!(part instanceof IWhitespace)) {
					break;
				}
				length += part.getLength();
			}
		}
		return length;
	}
}
