package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Diagnostics while typing (annotations) and after saving (the builder's markers). */
public class DiagnosticsTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void aTypedErrorShowsASquiggleAndAMarkerThatGoAwayWhenItIsFixed() throws Exception {
		IProject project = exampleProject("travel");
		IFile file = project.getFile("round-trip.journey");
		ITextEditor editor = open(file);
		IDocument document = document(editor);
		int offset = document.get().indexOf("persona Explorer") + "persona ".length();

		document.replace(offset, "Explorer".length(), "Explorr");
		waitFor("a squiggle under the unknown persona", () -> typingErrors(editor).stream()
				.anyMatch(a -> viewer(editor).getAnnotationModel().getPosition(a).getOffset() == offset));

		int shellsBefore = visibleShells();
		editor.selectAndReveal(offset + 2, 0);
		viewer(editor).getTextOperationTarget().doOperation(ISourceViewer.INFORMATION);
		waitFor("the hover of the squiggle", () -> visibleShells() > shellsBefore);
		screenshot("squiggle-with-hover");

		editor.doSave(null);
		waitFor("an error marker for the unknown persona", () -> problems(file, IMarker.SEVERITY_ERROR).stream()
				.anyMatch(m -> m.getAttribute(IMarker.CHAR_START, -1) == offset));
		showProblems("Explorr");
		screenshot("problems-view-with-markers");

		document.replace(offset, "Explorr".length(), "Explorer");
		waitFor("the squiggle to go away", () -> typingErrors(editor).isEmpty());
		editor.doSave(null);
		waitFor("the error marker to go away", () -> problems(file, IMarker.SEVERITY_ERROR).isEmpty());
		assertTrue(problems(project, IMarker.SEVERITY_ERROR).isEmpty(), describe(problems(project, IMarker.SEVERITY_ERROR)));
	}

	private static int visibleShells() {
		int count = 0;
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible()) {
				count++;
			}
		}
		return count;
	}
}
