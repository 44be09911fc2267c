package journey.dsl.ide.serializer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccessDiff;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.internal.StringBasedTextRegionAccessDiffBuilder;
import org.eclipse.xtext.ide.serializer.hooks.IResourceSnapshot;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider;
import org.eclipse.xtext.ide.serializer.impl.ChangeTreeProvider.ResourceSetRecording;
import org.eclipse.xtext.ide.serializer.impl.EObjectSnapshotProvider;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Records every change made to a parsed journey resource since it was read, and writes the
 * resource's text as it must be now: the text it was read from with minimal edits. Untouched text
 * stays byte for byte; changed and new elements are written by Xtext's partial serializer and laid
 * out by the journey formatter, as Xtext's change serializer does for a single modification.
 * Unlike that one, a recording lasts: it spans every edit of a diagram session and is rendered
 * again at each save, always from the text that was read.
 */
public class ModelRecording {

	@Inject
	private EObjectSnapshotProvider snapshots;

	@Inject
	private ChangeTreeProvider changeTrees;

	@Inject
	private PartialSerializer partialSerializer;

	@Inject
	private RegionDiffFormatter formatter;

	@Inject
	private IParser parser;

	private XtextResource resource;

	private ChangeRecorder recorder;

	private IResourceSnapshot snapshot;

	/** Starts recording a resource that has just been parsed. */
	public void start(XtextResource parsed) {
		if (parsed.getParseResult() == null || parsed.getContents().isEmpty()) {
			throw new IllegalArgumentException(parsed.getURI() + " has not been parsed");
		}
		this.resource = parsed;
		// Regions come from the node model, which model edits leave as it was read.
		this.snapshot = snapshots.createResourceSnapshot(parsed, false);
		this.recorder = new ChangeRecorder(parsed.getContents().get(0));
	}

	/** Stops recording, for good. */
	public void stop() {
		if (recorder != null) {
			recorder.dispose();
			recorder = null;
		}
	}

	public boolean isRecording() {
		return recorder != null && recorder.isRecording();
	}

	/** The text the resource was read from. */
	public String originalText() {
		return regions().regionForDocument().getText();
	}

	/** Whether the model differs from the text it was read from. */
	public boolean hasChanges() {
		ChangeDescription changes = recorder.summarize();
		return changes != null && (!changes.getObjectChanges().isEmpty() || !changes.getObjectsToAttach().isEmpty()
				|| !changes.getResourceChanges().isEmpty());
	}

	/** The edits, on the text the resource was read from, that make it say what the model says now. */
	public List<ITextReplacement> replacements() {
		ChangeDescription changes = recorder.summarize();
		StringBasedTextRegionAccessDiffBuilder document = new StringBasedTextRegionAccessDiffBuilder(regions());
		ResourceSetRecording tree = changeTrees.createChangeTree(resource.getResourceSet(), List.of(snapshot), changes);
		partialSerializer.serializeChanges(tree.getRecordedResource(resource), document);
		ITextRegionAccessDiff rewritten = document.create();
		return formatter.format(rewritten);
	}

	/**
	 * The text the model stands for now: the text that was read, with {@link #replacements()}
	 * applied and the values they add to a list written into the clause that already lists it.
	 * Fails rather than return text that does not parse where the text read did.
	 */
	public String text() {
		if (!hasChanges()) {
			return originalText();
		}
		List<ITextReplacement> replacements = replacements();
		IParseResult rendered = parser.parse(new StringReader(regions().getRewriter().renderToString(replacements)));
		String text = ClauseMerger.merge(rendered, changedRanges(replacements));
		IParseResult result = text.equals(rendered.getRootNode().getText()) ? rendered : parser.parse(new StringReader(text));
		if (result.hasSyntaxErrors() && !resource.getParseResult().hasSyntaxErrors()) {
			INode error = result.getSyntaxErrors().iterator().next();
			throw new IllegalStateException("the changes would give text that does not parse, at line " + error.getStartLine() + ": "
					+ error.getSyntaxErrorMessage().getMessage());
		}
		return text;
	}

	/** Where the replacements' texts lie in the text they give. */
	private static List<ClauseMerger.Range> changedRanges(List<ITextReplacement> replacements) {
		List<ClauseMerger.Range> ranges = new ArrayList<>();
		int shift = 0;
		for (ITextReplacement replacement : replacements.stream().sorted(Comparator.comparingInt(ITextReplacement::getOffset)).toList()) {
			int start = replacement.getOffset() + shift;
			ranges.add(new ClauseMerger.Range(start, start + replacement.getReplacementText().length()));
			shift += replacement.getReplacementText().length() - replacement.getLength();
		}
		return ranges;
	}

	private ITextRegionAccess regions() {
		return snapshot.getRegions();
	}
}
