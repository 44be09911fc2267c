package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.ParsedDocument;
import journey.dsl.ui.ProjectModels;

/**
 * The editors of a project share its models, and a change in one editor parses again the files
 * that use the changed one, open or not. A feature that got a parse just before such a change
 * must not work on the parse that the change replaced: a check that reads the index failed on it,
 * and the editor lost that check's problems until the next change.
 */
public class ParsedDocumentTest {

	private static final String CATALOGUE = """
			package cat
			persona Shopper
			channel Web online website
			team Sales
			process Sell owner Sales {
				activity Show frontstage
			}
			""";

	private static final String JOURNEY = """
			import cat.*
			journey Buy { persona Shopper stage Look { step See {
				touchpoint Shop via Web { supported by Sell.Show }
			} } }
			""";

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void aParseThatAnotherEditorsChangeReplacedIsParsedAgainBeforeItIsRead() throws Exception {
		IProject project = journeyProject("parsed-document");
		project.getFile("cat.journey").create(new ByteArrayInputStream(CATALOGUE.getBytes(StandardCharsets.UTF_8)), true, null);
		project.getFile("buy.journey").create(new ByteArrayInputStream(JOURNEY.getBytes(StandardCharsets.UTF_8)), true, null);
		waitForBuild();
		IDocument catalogue = document(open(project.getFile("cat.journey")));
		IDocument journey = document(open(project.getFile("buy.journey")));
		XtextResource before = ParsedDocument.of(journey).resource();
		ProjectModels models = ProjectModels.of(project);

		AtomicReference<ResourceSet> readIn = new AtomicReference<>();
		AtomicReference<XtextResource> read = new AtomicReference<>();
		Thread feature;
		synchronized (models.lock()) {
			// a feature (hover, the reconciler) gets the journey's parse and waits for the models' lock ...
			feature = new Thread(() -> ParsedDocument.read(journey, parsed -> {
				read.set(parsed.resource());
				readIn.set(parsed.resource().getResourceSet());
				return null;
			}), "feature");
			feature.start();
			waitFor("the feature to wait for the models' lock", () -> feature.getState() == Thread.State.BLOCKED);
			// ... while a change to the catalogue parses again the journey that uses it
			catalogue.replace(catalogue.get().indexOf("team Sales"), 0, "team Ops\n");
			ParsedDocument.of(catalogue);
			assertNull(before.getResourceSet(), "the change replaced the journey's parse");
		}
		feature.join(10_000);
		assertNotNull(readIn.get(), "the feature read a parse that is in the project's models");
		assertNotSame(before, read.get());
		assertTrue(readIn.get().getResources().contains(read.get()));
	}
}
