package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.antlr.LeafNodeFinder;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import journey.dsl.ide.contentassist.LeafAtOffset;
import journey.report.Workspace;
import journey.tests.Examples;

/** Completion finds the leaves at the cursor by descending into the nodes, and finds the very leaves Xtext's walk finds. */
class LeafAtOffsetTest {

	@Test
	void everyOffsetOfTheExamplesAndOfBrokenTextsGivesTheLeafXtextsFinderGives() throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path file : Examples.files()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			texts.add(text);
			// cut off mid-file, and with a word the grammar does not know: the trees a half-typed file has
			texts.add(text.substring(0, text.length() / 3));
			int middle = text.indexOf('\n', text.length() / 2) + 1;
			texts.add(text.substring(0, middle) + "\t\tstpe \n" + text.substring(middle));
			texts.add(text.substring(0, middle) + "\t\tstep {" + text.substring(middle));
		}
		texts.add("");
		texts.add("package");
		texts.add("package shop\njourney");
		long compared = 0;
		for (String text : texts) {
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
		assertTrue(leaf.getText().equals("S1000"), leaf.getText());
	}

	private static ICompositeNode parse(String text) {
		XtextResourceSet resourceSet = Workspace.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/shop.journey"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource.getParseResult().getRootNode();
	}
}
