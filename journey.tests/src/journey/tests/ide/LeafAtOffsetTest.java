package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import journey.dsl.ide.JourneyIdeSetup;
import journey.dsl.ide.contentassist.JourneyContentAssistContextFactory;
import journey.dsl.ide.contentassist.LeafAtOffset;
import journey.report.Workspace;
import journey.tests.Examples;

/**
 * Completion finds the leaves at the cursor by descending into the nodes, and finds the very leaves
 * Xtext's walk finds: its contexts are the ones Xtext's own factory makes.
 */
class LeafAtOffsetTest {

	/** The examples, and each of them cut off mid-file, with a word the grammar does not know and with an open brace: the trees a half-typed file has. */
	private static List<String> examplesWholeAndBroken() throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path file : Examples.files()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			texts.add(text);
			texts.add(text.substring(0, text.length() / 3));
			int middle = text.indexOf('\n', text.length() / 2) + 1;
			texts.add(text.substring(0, middle) + "\t\tstpe \n" + text.substring(middle));
			texts.add(text.substring(0, middle) + "\t\tstep {" + text.substring(middle));
		}
		texts.add("");
		texts.add("package");
		texts.add("package shop\njourney");
		return texts;
	}

	@Test
	void everyOffsetOfTheExamplesAndOfBrokenTextsGivesTheLeafXtextsFinderGives() throws IOException {
		long compared = 0;
		for (String text : examplesWholeAndBroken()) {
			ICompositeNode root = parse(text);
			for (int offset = 0; offset <= text.length(); offset++) {
				for (boolean leading : new boolean[] { true, false }) {
					ILeafNode expected = new LeafNodeFinder(offset, leading).searchIn(root);
					String where = "offset " + offset + (leading ? ", leading," : "") + " of " + text.length() + " characters";
					assertSame(expected, LeafAtOffset.find(root, offset, leading), where);
					compared++;
				}
			}
		}
		assertTrue(compared > 250_000, compared + " offsets compared");
	}

	@Test
	void completionGetsTheContextsXtextsOwnFactoryMakesAtOffsetsAllOverTheExamplesAndBrokenTexts() throws IOException {
		Injector injector = JourneyIdeSetup.shared();
		// the factories hand their work to a pool: one thread adds the contexts in one order for both
		ExecutorService sequential = Executors.newSingleThreadExecutor();
		long compared = 0;
		for (String text : examplesWholeAndBroken()) {
			XtextResource loaded = load(injector, text);
			for (int offset = 0; offset <= text.length(); offset += Math.max(1, text.length() / 40)) {
				ContentAssistContextFactory ours = injector.getInstance(ContentAssistContextFactory.class);
				assertInstanceOf(JourneyContentAssistContextFactory.class, ours);
				ContentAssistContextFactory xtexts = injector.getInstance(PartialContentAssistContextFactory.class);
				assertEquals(PartialContentAssistContextFactory.class, xtexts.getClass());
				ours.setPool(sequential);
				xtexts.setPool(sequential);
				TextRegion selection = new TextRegion(offset, 0);
				assertEquals(described(xtexts.create(text, selection, offset, loaded)), described(ours.create(text, selection, offset, loaded)),
						"offset " + offset + " of " + text.length() + " characters");
				compared++;
			}
		}
		sequential.shutdown();
		assertTrue(compared > 1000, compared + " offsets compared");
	}

	/**
	 * What completion reads of each context: nodes and models by identity, grammar elements by their
	 * place in the grammar.
	 */
	private static List<List<Object>> described(ContentAssistContext[] contexts) {
		List<List<Object>> described = new ArrayList<>();
		for (ContentAssistContext context : contexts) {
			List<String> grammarElements = context.getFirstSetGrammarElements().stream()
					.map(LeafAtOffsetTest::described).toList();
			described.add(Arrays.asList(context.getPrefix(), context.getOffset(), context.getReplaceRegion(), context.getCurrentNode(),
					context.getLastCompleteNode(), context.getCurrentModel(), context.getPreviousModel(), grammarElements));
		}
		return described;
	}

	/** A grammar element by its place in the grammar; one made for a single request (a call of the entry rule) by what it calls. */
	private static String described(AbstractElement element) {
		if (element.eResource() != null) {
			return EcoreUtil.getURI(element).toString();
		}
		return element instanceof RuleCall call ? "call of " + call.getRule().getName() : element.eClass().getName();
	}

	@Test
	void theLeafAtTheCursorIsFoundInTheMiddleOfALongFile() {
		StringBuilder text = new StringBuilder("package shop\njourney Long {\n");
		for (int i = 0; i < 2000; i++) {
			text.append("\tstage S").append(i).append(" {\n\t\tstep A").append(i).append(" {\n\t\t\tthinks \"Is this the right place?\"\n\t\t}\n\t}\n");
		}
		text.append("}\n");
		ICompositeNode root = parse(text.toString());
		int offset = text.indexOf("S1000") + 2;
		ILeafNode leaf = LeafAtOffset.find(root, offset, false);
		assertNotNull(leaf);
		assertSame(new LeafNodeFinder(offset, false).searchIn(root), leaf);
		assertEquals("S1000", leaf.getText());
	}

	private static ICompositeNode parse(String text) {
		return load(Workspace.injector(), text).getParseResult().getRootNode();
	}

	private static XtextResource load(Injector injector, String text) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/shop.journey"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}
}
