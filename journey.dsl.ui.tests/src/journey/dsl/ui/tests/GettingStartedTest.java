package journey.dsl.ui.tests;

import static journey.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import journey.dsl.ui.preview.JourneyMapPreviewView;
import journey.dsl.ui.welcome.GettingStartedView;
import journey.dsl.ui.wizards.JourneyExamplesWizard;
import journey.dsl.ui.wizards.NewJourneyFileWizard;
import journey.dsl.ui.wizards.NewJourneyProjectWizard;

/** The getting-started page: reached from the Help menu, each link does its step, and its primer is valid. */
public class GettingStartedTest {

	@AfterEach
	void tearDown() {
		for (String id : List.of(GettingStartedView.ID, JourneyMapPreviewView.ID)) {
			IViewPart view = page().findView(id);
			if (view != null) {
				page().hideView(view);
			}
		}
		closeAllEditors();
	}

	@Test
	void helpJourneyGettingStartedOpensThePage() {
		tearDown();
		maximize();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu help = submenu(shell.getMenuBar(), "Help");
		MenuItem item = item(help, "Journey: Getting Started");
		item.notifyListeners(SWT.Selection, new Event());
		waitFor("the getting-started view", () -> page().findView(GettingStartedView.ID) != null);
		assertTrue(page().isPartVisible(page().findView(GettingStartedView.ID)));
		screenshot("getting-started");
		var reference = page().findViewReference(GettingStartedView.ID);
		page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		screenshot("getting-started-maximized");
		page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void eachLinkOpensTheWizardOrViewItNames() throws Exception {
		maximize();
		page().showView(GettingStartedView.ID);
		FormText text = formText(page().findView(GettingStartedView.ID));
		text.setFocus();

		assertEquals(JourneyExamplesWizard.class, wizardOpenedBy(text, "Create the example projects"));
		assertEquals(NewJourneyProjectWizard.class, wizardOpenedBy(text, "Create a Journey project"));
		assertEquals(NewJourneyFileWizard.class, wizardOpenedBy(text, "add a journey file"));
		pressLink(text, "Open the Journey Map Preview");
		waitFor("the map preview", () -> page().findView(JourneyMapPreviewView.ID) != null);
	}

	@Test
	void theLanguagePrimerIsAValidJourneyOverTheTravelCatalogue() throws Exception {
		IProject travel = exampleProject("travel");
		IFile primer = travel.getFile("primer.journey");
		primer.create(new ByteArrayInputStream(GettingStartedView.PRIMER.getBytes(StandardCharsets.UTF_8)), true, null);
		waitFor("the primer to be checked", () -> !problems(primer, IMarker.SEVERITY_INFO).isEmpty());
		assertEquals("Journey BookTrip has 1 action step; a map usually has four to twelve. Are steps missing?",
				describe(problems(primer, IMarker.SEVERITY_INFO)).replaceFirst("^[^:]*:\\d+: ", ""), "checked, with only the hint a short journey gets");
		assertEquals("", describe(problems(primer, IMarker.SEVERITY_ERROR)));
		assertEquals("", describe(problems(primer, IMarker.SEVERITY_WARNING)));
		travel.delete(true, true, null);
	}

	/** Tabs to the link with this text and presses Enter, as a keyboard user does; returns the wizard that opened. */
	private static Class<?> wizardOpenedBy(FormText text, String link) {
		List<Class<?>> opened = new ArrayList<>();
		Display display = text.getDisplay();
		Runnable closeWizard = new Runnable() {
			int tries;

			@Override
			public void run() {
				Shell active = display.getActiveShell();
				if (active != null && active.getData() instanceof WizardDialog dialog) {
					opened.add(dialog.getCurrentPage().getWizard().getClass());
					screenshot("getting-started-" + link.replace(' ', '-').toLowerCase());
					dialog.close();
				} else if (tries++ < 200) {
					display.timerExec(50, this);
				}
			}
		};
		display.timerExec(50, closeWizard);
		pressLink(text, link);
		waitFor("a wizard from '" + link + "'", () -> !opened.isEmpty());
		return opened.get(0);
	}

	private static void pressLink(FormText text, String link) {
		for (int tab = 0; tab < 20 && !link.equals(text.getSelectedLinkText()); tab++) {
			Event traverse = new Event();
			traverse.detail = SWT.TRAVERSE_TAB_NEXT;
			traverse.doit = true;
			text.notifyListeners(SWT.Traverse, traverse);
		}
		assertEquals(link, text.getSelectedLinkText(), "Tab reaches the link");
		Event enter = new Event();
		enter.character = '\r';
		enter.keyCode = SWT.CR;
		text.notifyListeners(SWT.KeyDown, enter);
	}

	private static FormText formText(IViewPart view) {
		Shell shell = view.getSite().getShell();
		List<FormText> found = new ArrayList<>();
		collect(shell, found);
		assertEquals(1, found.size(), "one getting-started text in the window");
		return found.get(0);
	}

	private static void collect(Control control, List<FormText> found) {
		if (control instanceof FormText text && text.isVisible()) {
			found.add(text);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}

	private static Menu submenu(Menu bar, String label) {
		MenuItem item = item(bar, label);
		Menu menu = item.getMenu();
		assertNotNull(menu, label + " has a menu");
		// menus are filled when shown
		menu.notifyListeners(SWT.Show, new Event());
		flush();
		return menu;
	}

	private static MenuItem item(Menu menu, String label) {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			String text = item.getText().replace("&", "").replaceAll("\t.*", "");
			labels.add(text);
			if (text.equals(label)) {
				return item;
			}
		}
		return Optional.<MenuItem>empty().orElseThrow(() -> new AssertionError("No '" + label + "' in " + labels));
	}
}
