package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
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

		// as a user asks: in the editor that has the focus (a popup closes when its editor loses it);
		// and a new shell, not a higher count, as a popup of the test before may still be closing
		editor.setFocus();
		Set<Shell> shellsBefore = visibleShells();
		editor.selectAndReveal(offset + 2, 0);
		viewer(editor).getTextOperationTarget().doOperation(ISourceViewer.INFORMATION);
		String message = "No persona named 'Explorr'";
		waitFor("the hover of the squiggle", () -> shownText(newShells(shellsBefore)).contains(message));
		flush();
		String shown = shownText(newShells(shellsBefore));
		screenshot("squiggle-with-hover");
		// the platform's problem hover says it; another hover must not say it again
		assertEquals(1, shown.split(Pattern.quote(message), -1).length - 1, "the problem's message once in the hover: " + shown);

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

	private static Set<Shell> newShells(Set<Shell> before) {
		Set<Shell> shells = visibleShells();
		shells.removeAll(before);
		return shells;
	}

	/** The text that the shells show, as the user reads it. */
	private static String shownText(Set<Shell> shells) {
		StringBuilder text = new StringBuilder();
		for (Shell shell : shells) {
			appendText(shell, text);
		}
		return text.toString();
	}

	private static void appendText(Control control, StringBuilder text) {
		if (control instanceof StyledText styled) {
			text.append(styled.getText()).append('\n');
		} else if (control instanceof Label label) {
			text.append(label.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				appendText(child, text);
			}
		}
	}

	private static Set<Shell> visibleShells() {
		Set<Shell> visible = new HashSet<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible()) {
				visible.add(shell);
			}
		}
		return visible;
	}
}
