package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.editor.JourneyStyles;
import journey.dsl.ui.editor.SemanticHighlighting;

/** Format (Ctrl+Shift+F) goes through the ide formatting service: it changes layout, never the model. */
public class FormatTest {

	@BeforeEach
	void setUp() {
		maximize();
	}

	@AfterEach
	void tearDown() {
		closeAllEditors();
	}

	@Test
	void formattingAFlattenedJourneyChangesItsLayoutButNotItsModel() throws Exception {
		IProject project = exampleProject("webshop");
		IFile file = project.getFile("webshop.journey");
		// Every line moved to the left margin and some blank lines doubled: the same model, badly laid out.
		String flattened = contents(file).replaceAll("(?m)^[ \t]+", "").replace("\n\n", "\n\n\n");
		setContents(file, flattened);
		ITextEditor editor = open(file);
		IDocument document = document(editor);

		PlatformHandlers.execute("journey.dsl.ui.format");
		String formatted = document.get();

		assertNotEquals(flattened, formatted, "the formatter changed the layout");
		int name = formatted.indexOf("journey FirstOrder") + "journey ".length();
		waitFor("the formatted text to be reconciled", () -> SemanticHighlighting.highlightsOf(document)
				.contains(new SemanticHighlighting.Highlight(name, "FirstOrder".length(), JourneyStyles.DECLARATION)));
		assertEquals(model(project, file, flattened), model(project, file, formatted), "the model is the same");
		screenshot("formatted-journey");
		editor.doSave(null);
		waitForBuild();
		assertTrue(problems(file, IMarker.SEVERITY_ERROR).isEmpty(), describe(problems(file, IMarker.SEVERITY_ERROR)));
	}

	@Test
	void aFileTheFormatterCannotHandleIsLeftAloneAndTheStatusLineSaysWhy() throws Exception {
		IProject project = exampleProject("webshop");
		IFile file = project.getFile("twice.journey");
		String text = "persona P\njourney J {\n\tpersona P\n\tstage S {\n\t\ttakes 2 days\n\t\ttakes 3 days\n\t\tstep A\n\t}\n}\n";
		file.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		ITextEditor editor = open(file);

		PlatformHandlers.execute("journey.dsl.ui.format");

		assertEquals(text, document(editor).get(), "the text is unchanged");
		String status = statusLineTexts(editor.getSite().getShell());
		assertTrue(status.contains("Cannot format this file while line 6 has an error: 'typical duration' is given twice in stage S"), status);
		screenshot("format-refused");
	}

	/** The texts shown in the window's status line (its labels). */
	private static String statusLineTexts(org.eclipse.swt.widgets.Control control) {
		StringBuilder texts = new StringBuilder();
		if (control instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null) {
			texts.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				texts.append(statusLineTexts(child));
			}
		}
		return texts.toString();
	}

	/** Every object with its attribute values and the URIs of what it refers to, in containment order. */
	private static List<String> model(IProject project, IFile file, String text) {
		URI uri = JourneyResources.uriOf(file);
		XtextResourceSet resourceSet = JourneyResources.projectResourceSet(project, uri);
		XtextResource resource = JourneyResources.parse(resourceSet, uri, text);
		EcoreUtil.resolveAll(resourceSet);
		assertTrue(resource.getErrors().isEmpty(), "parses without errors: " + resource.getErrors());
		List<String> result = new ArrayList<>();
		resource.getAllContents().forEachRemaining(object -> {
			StringBuilder line = new StringBuilder(object.eClass().getName());
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				line.append(' ').append(attribute.getName()).append('=').append(object.eGet(attribute));
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
					Object value = object.eGet(reference, true);
					line.append(' ').append(reference.getName()).append("->");
					if (value instanceof EObject target) {
						line.append(EcoreUtil.getURI(target));
					} else if (value instanceof List<?> targets) {
						targets.forEach(t -> line.append(EcoreUtil.getURI((EObject) t)).append(','));
					}
				}
			}
			result.add(line.toString());
		});
		return result;
	}

	/** Runs a command the way its key binding would. */
	static final class PlatformHandlers {
		static void execute(String commandId) throws Exception {
			IHandlerService handlers = page().getWorkbenchWindow().getService(IHandlerService.class);
			handlers.executeCommand(commandId, null);
			flush();
		}
	}
}
