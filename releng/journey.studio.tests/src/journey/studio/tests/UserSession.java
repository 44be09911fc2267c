package journey.studio.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.wizards.datatransfer.SmartImportWizard;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.wizards.IWizardDescriptor;

/**
 * The steps an analyst takes in Journey Studio, through the same wizards, commands and widgets a
 * person uses. Each step returns what it saw ("ok ...") or what went wrong ("failed ...").
 */
final class UserSession {

	interface Step {
		String run() throws Exception;
	}

	private static final String IMPORT_WIZARD = "org.eclipse.e4.ui.importer.wizard";
	private static final String PROJECT_WIZARD = "journey.dsl.ui.wizards.newProject";
	private static final String FILE_WIZARD = "journey.dsl.ui.wizards.newFile";
	private static final String BPMN_IMPORT_WIZARD = "journey.dsl.ui.wizards.importBpmn";
	private static final String PREVIEW_VIEW = "journey.dsl.ui.views.mapPreview";
	private static final String GETTING_STARTED_VIEW = "journey.dsl.ui.views.gettingStarted";
	private static final String OUTLINE_VIEW = "org.eclipse.ui.views.ContentOutline";

	private final Display display;
	private final Path examples;
	private final Path out;
	private ITextEditor editor;

	UserSession(Display display, Path examples, Path out) {
		this.display = display;
		this.examples = examples;
		this.out = out;
	}

	String workbench() throws Exception {
		return ui(() -> {
			Shell shell = window().getShell();
			// Xvfb has no window manager to maximize it: fill the screen for the screenshots.
			shell.setBounds(display.getPrimaryMonitor().getClientArea());
			boolean branded = shell.getText().endsWith("Journey Studio") && shell.getImages().length > 0 && LaunchCheck.productIsJourneyStudio();
			return (branded ? "ok" : "failed: not branded as Journey Studio") + " title=" + shell.getText() + " icons=" + shell.getImages().length;
		});
	}

	/** The getting-started page is open beside the editors at first start, with its links. */
	String gettingStarted() throws Exception {
		String result = ui(() -> {
			IViewPart view = window().getActivePage().findView(GETTING_STARTED_VIEW);
			if (view == null || !window().getActivePage().isPartVisible(view)) {
				return "failed: the getting-started page is not showing at first start";
			}
			FormText text = find(window().getShell(), FormText.class, t -> true);
			return text != null && text.isVisible() ? "ok" : "failed: the getting-started page has no text";
		});
		screenshot(out.resolve("first-start.png"));
		return result;
	}

	/** File > Import > Open Projects from File System, on a copy of the b2b example folder. */
	String importExampleFolder() throws Exception {
		// a folder of the user's own, outside any build that would take its .project for a module
		Path folder = LaunchCheck.copyOf(examples.resolve("b2b"), java.nio.file.Files.createTempDirectory("journey-import-"));
		WizardDialog dialog = ui(() -> {
			IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(IMPORT_WIZARD);
			SmartImportWizard wizard = (SmartImportWizard) descriptor.createWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			wizard.setInitialImportSource(folder.toFile());
			return openNonBlocking(wizard);
		});
		Thread.sleep(2500); // the wizard looks for projects in the folder
		screenshot(out.resolve("import-wizard.png"));
		finish(dialog);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("b2b");
		waitFor(() -> project.exists() && project.isOpen(), 30_000);
		return project.exists() ? "ok project b2b" : "failed: no project b2b after the import";
	}

	/** The imported folder's journeys are validated without any manual step: its warning shows as a marker. */
	String markersOnImportedProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("b2b");
		waitFor(() -> LaunchCheck.markers(project).stream().anyMatch(marker -> marker.contains("UserGroupTips")), 30_000);
		List<String> markers = LaunchCheck.markers(project);
		return (markers.stream().anyMatch(marker -> marker.contains("UserGroupTips")) ? "ok " : "failed: the imported project has no journey markers ")
				+ markers;
	}

	/** File > New > Journey Project, named in its page and finished. */
	String newProjectWizard() throws Exception {
		WizardDialog dialog = ui(() -> openNonBlocking(newWizard(PROJECT_WIZARD, StructuredSelection.EMPTY)));
		ui(() -> {
			Text name = find(dialog.getShell(), Text.class, text -> true);
			name.setText("my-journeys");
			return null;
		});
		screenshot(out.resolve("new-project-wizard.png"));
		finish(dialog);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("my-journeys");
		waitFor(project::exists, 10_000);
		boolean nature = project.exists() && project.hasNature("journey.dsl.ui.nature");
		return project.exists() && nature ? "ok project my-journeys with the Journey nature" : "failed: project " + project.exists() + ", nature " + nature;
	}

	/** File > New > Journey File in the new project; the wizard opens it in the journey editor. */
	String newFileWizard() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("my-journeys");
		WizardDialog dialog = ui(() -> openNonBlocking(newWizard(FILE_WIZARD, new StructuredSelection(project))));
		Thread.sleep(500);
		finish(dialog);
		IFile file = project.getFile("my-journey.journey");
		waitFor(file::exists, 10_000);
		String opened = ui(() -> window().getActivePage().getActiveEditor() == null ? "none" : window().getActivePage().getActiveEditor().getTitle());
		return file.exists() && "my-journey.journey".equals(opened) ? "ok created and opened my-journey.journey"
				: "failed: file " + file.exists() + ", editor " + opened;
	}

	/** A double-click on the imported journey: it opens in the journey editor. */
	String openEditor() throws Exception {
		IFile file = LaunchCheck.file("b2b", "software-purchase.journey");
		return ui(() -> {
			editor = (ITextEditor) IDE.openEditor(window().getActivePage(), file, true);
			String id = editor.getSite().getId();
			return "org.eclipse.ui.genericeditor.GenericEditor".equals(id) ? "ok " + editor.getTitle() + " in " + id : "failed: opened in " + id;
		});
	}

	/** Types a line into the journey and saves with File > Save. */
	String typeAndSave() throws Exception {
		String typed = "\tquestion \"Which planners use the tool every day?\"\n";
		ui(() -> {
			StyledText text = text();
			int bodyStart = text.getText().indexOf('\n', text.getText().indexOf("journey BuyPlanningSoftware")) + 1;
			text.setCaretOffset(bodyStart);
			text.insert(typed);
			return null;
		});
		Thread.sleep(500);
		ui(() -> handlers().executeCommand("org.eclipse.ui.file.save", null));
		IFile file = LaunchCheck.file("b2b", "software-purchase.journey");
		String saved = new String(file.getContents(true).readAllBytes(), StandardCharsets.UTF_8);
		boolean dirty = ui(() -> editor.isDirty());
		return saved.contains(typed) && !dirty ? "ok typed a question and saved" : "failed: saved " + saved.contains(typed) + ", dirty " + dirty;
	}

	/** Ctrl+Space after "persona " in the journey: a list of proposals opens. */
	String contentAssist() throws Exception {
		Shell before = ui(() -> display.getActiveShell());
		ui(() -> {
			StyledText text = text();
			text.setCaretOffset(text.getText().indexOf("\tpersona OperationsManager") + "\tpersona ".length());
			return handlers().executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals", null);
		});
		AtomicReference<String> proposals = new AtomicReference<>();
		waitFor(() -> {
			proposals.set(ui(() -> {
				for (Shell shell : display.getShells()) {
					Table table = shell != before && shell.isVisible()
							? find(shell, Table.class, t -> t.getItemCount() > 0 && !t.getItem(0).getText().startsWith("Computing"))
							: null;
					if (table != null) {
						return table.getItemCount() + " proposals, first " + table.getItem(0).getText();
					}
				}
				return null;
			}));
			return proposals.get() != null;
		}, 5000);
		screenshot(out.resolve("content-assist-popup.png"));
		closePopups(before);
		return proposals.get() != null ? "ok " + proposals.get() : "failed: no proposals opened";
	}

	/** The mouse rests on a team's name: a hover opens. */
	String hover() throws Exception {
		List<Shell> before = ui(() -> List.of(display.getShells()));
		Point where = ui(() -> {
			StyledText text = text();
			int offset = text.getText().indexOf("owner Marketing") + "owner Mar".length();
			text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 5));
			Point local = text.getLocationAtOffset(offset);
			return text.toDisplay(local.x, local.y + text.getLineHeight() / 2);
		});
		move(where.x - 3, where.y);
		move(where.x, where.y);
		AtomicReference<Shell> hover = new AtomicReference<>();
		waitFor(() -> {
			hover.set(ui(() -> {
				for (Shell shell : display.getShells()) {
					if (!before.contains(shell) && shell.isVisible()) {
						return shell;
					}
				}
				return null;
			}));
			return hover.get() != null;
		}, 5000);
		Thread.sleep(500);
		screenshot(out.resolve("hover.png"));
		move(where.x, where.y + 300);
		return hover.get() != null ? "ok a hover opened over a team" : "failed: no hover opened";
	}

	/** Navigate > Go to Line, line 20. */
	String goToLine() throws Exception {
		display.asyncExec(() -> {
			try {
				handlers().executeCommand("org.eclipse.ui.edit.text.goto.line", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		AtomicReference<Shell> dialog = new AtomicReference<>();
		waitFor(() -> {
			dialog.set(ui(() -> {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getText().contains("Go to Line")) {
						return shell;
					}
				}
				return null;
			}));
			return dialog.get() != null;
		}, 5000);
		if (dialog.get() == null) {
			return "failed: no Go to Line dialog";
		}
		ui(() -> {
			find(dialog.get(), Text.class, text -> true).setText("20");
			press(dialog.get().getDefaultButton());
			return null;
		});
		Thread.sleep(500);
		int line = ui(() -> text().getLineAtOffset(text().getCaretOffset()) + 1);
		return line == 20 ? "ok the caret is on line 20" : "failed: the caret is on line " + line;
	}

	/** Window > Show View > Outline: the journey's structure. */
	String outline() throws Exception {
		IViewPart view = ui(() -> window().getActivePage().showView(OUTLINE_VIEW));
		Thread.sleep(1000);
		int items = ui(() -> {
			IPage page = ((ContentOutline) view).getCurrentPage();
			Tree tree = page == null ? null : find(page.getControl(), Tree.class, t -> true);
			return tree == null ? 0 : tree.getItemCount();
		});
		return items > 0 ? "ok " + items + " top-level items" : "failed: the outline is empty";
	}

	/** The Journey Map Preview beside the editor, with the caret in the journey. */
	String mapPreview() throws Exception {
		ui(() -> {
			IWorkbenchPage page = window().getActivePage();
			page.showView(PREVIEW_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			page.activate(editor);
			StyledText text = text();
			int stage = text.getText().indexOf("stage Trigger");
			editor.selectAndReveal(stage + 2, 0);
			return null;
		});
		waitFor(() -> ui(() -> drawn(window().getShell())), 15_000);
		return ui(() -> drawn(window().getShell())) ? "ok the preview shows the journey" : "failed: the preview shows no drawing";
	}

	/**
	 * File > Import... > Journey > BPMN processes: types the example BPMN file's path, previews,
	 * finishes, reads the summary dialog and closes it; the catalogue is written and opened.
	 */
	String importBpmn() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("my-journeys");
		String bpmn = examples.resolve("imports").resolve("order-handling.bpmn").toString();
		WizardDialog dialog = ui(() -> {
			IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(BPMN_IMPORT_WIZARD);
			if (descriptor == null) {
				throw new IllegalStateException("File > Import lists no " + BPMN_IMPORT_WIZARD);
			}
			IWizard wizard = descriptor.createWizard();
			((org.eclipse.ui.IWorkbenchWizard) wizard).init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			return openNonBlocking(wizard);
		});
		ui(() -> {
			List<Text> fields = new ArrayList<>();
			collect(dialog.getShell(), Text.class, text -> (text.getStyle() & SWT.MULTI) == 0, fields);
			fields.get(0).setText(bpmn);
			fields.get(2).setText("orders.journey");
			press(find(dialog.getShell(), Button.class, button -> button.getText().replace("&", "").equals("Preview")));
			return null;
		});
		Thread.sleep(500);
		String preview = ui(() -> {
			List<Text> areas = new ArrayList<>();
			collect(dialog.getShell(), Text.class, text -> (text.getStyle() & SWT.READ_ONLY) != 0, areas);
			return areas.isEmpty() ? "" : areas.get(0).getText();
		});
		if (!preview.contains("created process HandleAnOrder")) {
			return "failed: the preview says " + preview.replace('\n', ' ');
		}
		// Finish opens the summary dialog, which waits for OK: press it without waiting, then answer the dialog
		display.asyncExec(() -> press(find(dialog.getShell(), Button.class, button -> button.getText().replace("&", "").equals("Finish"))));
		Shell[] summary = new Shell[1];
		waitFor(() -> ui(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && "BPMN processes imported".equals(shell.getText())) {
					summary[0] = shell;
				}
			}
			return summary[0] != null;
		}), 30_000);
		String said = ui(() -> {
			List<String> texts = new ArrayList<>();
			collectTexts(summary[0], texts);
			press(find(summary[0], Button.class, button -> button.getText().replace("&", "").equals("OK")));
			return String.join(" ", texts);
		});
		waitFor(() -> ui(() -> dialog.getShell() == null || dialog.getShell().isDisposed()), 30_000);
		IFile file = project.getFile("orders.journey");
		waitFor(file::exists, 10_000);
		String opened = ui(() -> window().getActivePage().getActiveEditor() == null ? "none" : window().getActivePage().getActiveEditor().getTitle());
		return file.exists() && "orders.journey".equals(opened) && said.contains("11 created")
				? "ok imported order-handling.bpmn as orders.journey: " + said.replace('\n', ' ').replaceAll("\\s+", " ")
				: "failed: file " + file.exists() + ", editor " + opened + ", summary " + said;
	}

	/** Back in the journey after the import: content assist still answers (an import must not take the editor's services away). */
	String contentAssistAfterImport() throws Exception {
		ui(() -> {
			window().getActivePage().activate(editor);
			return null;
		});
		Thread.sleep(300);
		return contentAssist();
	}

	@SuppressWarnings("unchecked")
	private static <T extends Control> void collect(Control root, Class<T> type, Predicate<T> wanted, List<T> into) {
		if (root == null || root.isDisposed()) {
			return;
		}
		if (type.isInstance(root) && wanted.test((T) root)) {
			into.add((T) root);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, wanted, into);
			}
		}
	}

	private static boolean drawn(Control view) {
		Label picture = find(view, Label.class, label -> label.getImage() != null && label.getImage().getBounds().width > 400);
		return picture != null || find(view, Browser.class, browser -> browser.getText().contains("Journey map")) != null;
	}

	// ------------------------------------------------------------------ the means a person has

	/** Takes a screenshot, then lists the error dialogs that are open and closes them. */
	static List<String> errorDialogs(Display display, Path screenshot) {
		List<String> found = new ArrayList<>();
		display.syncExec(() -> {
			saveScreenshot(display, screenshot);
			for (Shell shell : display.getShells()) {
				if (!shell.isVisible() || shell.getParent() == null) {
					continue;
				}
				List<String> texts = new ArrayList<>();
				collectTexts(shell, texts);
				String all = shell.getText() + " " + String.join(" ", texts);
				if (shell.getText().contains("Error") || shell.getText().contains("Problem") || all.contains("error has occurred")) {
					found.add(all.replace('\n', ' '));
					shell.close();
				}
			}
		});
		return found;
	}

	private void screenshot(Path file) {
		display.syncExec(() -> saveScreenshot(display, file));
	}

	private static void saveScreenshot(Display display, Path file) {
		GC gc = new GC(display);
		Image image = new Image(display, display.getBounds());
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void collectTexts(Control control, List<String> into) {
		if (control instanceof Label label && label.getText() != null) {
			into.add(label.getText());
		} else if (control instanceof Text text) {
			into.add(text.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, into);
			}
		}
	}

	private void move(int x, int y) throws InterruptedException {
		display.syncExec(() -> {
			Event event = new Event();
			event.type = SWT.MouseMove;
			event.x = x;
			event.y = y;
			display.post(event);
		});
		Thread.sleep(100);
	}

	private void closePopups(Shell keep) {
		display.syncExec(() -> {
			for (Shell shell : display.getShells()) {
				if (shell != keep && shell.isVisible() && shell.getParent() != null && find(shell, Table.class, t -> true) != null) {
					shell.close();
				}
			}
		});
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	private void finish(WizardDialog dialog) throws Exception {
		ui(() -> {
			if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				press(find(dialog.getShell(), Button.class, button -> button.getText().replace("&", "").equals("Finish")));
			}
			return null;
		});
		waitFor(() -> ui(() -> dialog.getShell() == null || dialog.getShell().isDisposed()), 30_000);
	}

	private WizardDialog openNonBlocking(IWizard wizard) {
		WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static IWizard newWizard(String id, StructuredSelection selection) throws Exception {
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id);
		IWizard wizard = descriptor.createWizard();
		((org.eclipse.ui.IWorkbenchWizard) wizard).init(PlatformUI.getWorkbench(), selection);
		return wizard;
	}

	private StyledText text() {
		return (StyledText) editor.getAdapter(Control.class);
	}

	private static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	private static IHandlerService handlers() {
		return window().getService(IHandlerService.class);
	}

	@SuppressWarnings("unchecked")
	private static <T extends Control> T find(Control root, Class<T> type, Predicate<T> wanted) {
		if (root == null || root.isDisposed()) {
			return null;
		}
		if (type.isInstance(root) && wanted.test((T) root)) {
			return (T) root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private <T> T ui(Callable<T> action) throws Exception {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(action.call());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	private static void waitFor(Callable<Boolean> condition, long millis) throws Exception {
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			if (Boolean.TRUE.equals(condition.call())) {
				return;
			}
			Thread.sleep(200);
		}
	}
}
