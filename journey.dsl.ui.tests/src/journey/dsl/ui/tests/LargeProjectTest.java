package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.ProjectModels;
import journey.dsl.ui.editor.IssueAnnotation;
import journey.dsl.ui.editor.JourneyContentAssistProcessor;

/**
 * Typing into one journey of a 200-file project parses that journey, not the project: the editor
 * keeps the project's models and replaces only the file that changed (and the files that refer to
 * it). Completion still sees every file's names. The latency is printed, not judged (benchmarks
 * judge figures; `journey bench` measures the language server's).
 */
public class LargeProjectTest {

	private static final int UNITS = 20;
	private static final int JOURNEYS_PER_UNIT = 9;

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	private static String catalogue(int unit) {
		StringBuilder text = new StringBuilder("package unit").append(unit).append("\n\n");
		text.append("persona Customer \"Customer of unit ").append(unit).append("\"\n");
		text.append("channel Web").append(unit).append(" \"Website of unit ").append(unit).append("\" online website\n");
		text.append("team Team").append(unit).append(" \"Team of unit ").append(unit).append("\"\n");
		text.append("process Sales \"Sales\" owner Team").append(unit).append(" {\n");
		text.append("\tactivity Answer \"Answer the customer\" frontstage\n\tactivity Check \"Check the order\" backstage\n}\n");
		return text.toString();
	}

	private static String journey(int unit, int number) {
		StringBuilder text = new StringBuilder("package unit").append(unit).append(".j").append(number).append("\nimport unit").append(unit)
				.append(".*\n\njourney J").append(number).append(" \"Journey ").append(number).append("\" {\n\tpersona Customer\n");
		for (int stage = 0; stage < 3; stage++) {
			text.append("\tstage S").append(stage).append(" {\n");
			for (int step = 0; step < 3; step++) {
				text.append("\t\tstep St").append(stage * 3 + step).append(" {\n\t\t\ttouchpoint T").append(stage * 3 + step).append(" via Web").append(unit)
						.append(" {\n\t\t\t\tsupported by Sales.Answer\n\t\t\t}\n\t\t}\n");
			}
			text.append("\t}\n");
		}
		return text.append("}\n").toString();
	}

	private static IProject project() throws Exception {
		IProject project = journeyProject("large");
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (int unit = 0; unit < UNITS; unit++) {
				create(project.getFile("unit" + unit + "-catalog.journey"), catalogue(unit));
				for (int journey = 0; journey < JOURNEYS_PER_UNIT; journey++) {
					create(project.getFile("unit" + unit + "-journey" + journey + ".journey"), journey(unit, journey));
				}
			}
		}, null);
		waitForBuild();
		return project;
	}

	private static void create(IFile file, String text) throws org.eclipse.core.runtime.CoreException {
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	@Test
	void typingIntoAJourneyOfA200FileProjectParsesOnlyThatJourneyAndCompletionSeesTheCatalogue() throws Exception {
		IProject project = project();
		assertEquals(UNITS * (1 + JOURNEYS_PER_UNIT), JourneyResources.journeyFiles(project).size(), "a project of 200 journey files");
		ITextEditor editor = open(project.getFile("unit7-journey3.journey"));
		IDocument document = document(editor);
		int offset = document.get().indexOf("via Web7") + "via ".length();
		document.replace(offset, "Web7".length(), "");
		long first = System.nanoTime();
		JourneyContentAssistProcessor.proposals(document, offset); // the project's files are read once, here
		long firstMillis = (System.nanoTime() - first) / 1_000_000;
		ProjectModels models = ProjectModels.of(project);
		long parsesBefore = models.parses();

		List<Long> millis = new ArrayList<>();
		String typed = "We";
		List<String> proposals = List.of();
		for (int i = 0; i < typed.length(); i++) {
			document.replace(offset + i, 0, typed.substring(i, i + 1));
			long start = System.nanoTime();
			proposals = JourneyContentAssistProcessor.proposals(document, offset + i + 1).stream().map(ICompletionProposal::getDisplayString).toList();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		for (int i = 0; i < 8; i++) {
			document.replace(offset + typed.length(), 0, " ");
			document.replace(offset + typed.length(), 1, "");
			long start = System.nanoTime();
			proposals = JourneyContentAssistProcessor.proposals(document, offset + typed.length()).stream().map(ICompletionProposal::getDisplayString).toList();
			millis.add((System.nanoTime() - start) / 1_000_000);
		}
		long parses = models.parses() - parsesBefore;
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		System.out.printf("completion in a journey of a 200-file project: first (reads the project) %d ms; after each change: median %d ms,"
				+ " slowest %d ms; files parsed for %d changes: %d%n", firstMillis, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
				millis.size(), parses);

		assertTrue(proposals.stream().anyMatch(p -> p.startsWith("Web7")), "the catalogue's channel is proposed: " + proposals);
		// the journey alone, once per change (twice where the reconciler parsed a text in between); the project would be 200 a time
		assertTrue(parses >= millis.size() && parses <= 2 * millis.size(), "each change parses the journey alone: " + parses + " parses for "
				+ millis.size() + " changes");
		editor.doRevertToSaved();
	}

	/** The texts of the problems the editor shows while typing, of every severity. */
	private static List<String> issues(ITextEditor editor) {
		List<String> texts = new ArrayList<>();
		for (var it = viewer(editor).getAnnotationModel().getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation issue) {
				texts.add(issue.getText());
			}
		}
		return texts;
	}

	@Test
	void aCatalogueChangeReachesTheJourneysThatUseIt() throws Exception {
		IProject project = project();
		ITextEditor editor = open(project.getFile("unit4-catalog.journey"));
		IDocument document = document(editor);
		ProjectModels models = ProjectModels.of(project);
		JourneyContentAssistProcessor.proposals(document, 0);
		// the journeys resolve their references into this catalogue when the catalogue's own checks read them
		waitFor("the idle backstage activity Check is reported, and Answer, which the unit's journeys use, is not",
				() -> issues(editor).stream().anyMatch(text -> text.contains("activity Check"))
						&& issues(editor).stream().noneMatch(text -> text.contains("Frontstage activity Answer")));
		long before = models.parses();
		int at = document.get().indexOf("\tactivity Check");
		document.replace(at, 0, "\tactivity Extra \"Extra\" frontstage\n");
		JourneyContentAssistProcessor.proposals(document, 0);
		long parses = models.parses() - before;
		assertTrue(parses >= 1 + JOURNEYS_PER_UNIT && parses < 3 * JOURNEYS_PER_UNIT,
				"the catalogue and the journeys of its unit are parsed again, not the project: " + parses);
		waitFor("the new idle activity is reported, and Answer is still in use",
				() -> issues(editor).stream().anyMatch(text -> text.contains("Frontstage activity Extra"))
						&& issues(editor).stream().noneMatch(text -> text.contains("Frontstage activity Answer")));
		editor.doRevertToSaved();
	}
}
