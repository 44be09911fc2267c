package journey.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.builder.JourneyNature;
import journey.dsl.ui.editor.IssueAnnotation;

/**
 * What the UI tests share: example projects in the workspace, journey editors, polling for a
 * condition while the event loop runs (never a fixed sleep), and screenshots of the screen.
 */
public final class Workbench {

	public static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";
	private static final long TIMEOUT_MS = 30_000;

	private Workbench() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Gives the window the whole (virtual) screen, so that screenshots show editor and views. */
	public static void maximize() {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		shell.forceActive();
		flush();
	}

	/** A fresh, empty workspace project with the journey nature (an older one of the name is deleted). */
	public static IProject journeyProject(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		JourneyNature.addTo(project);
		return project;
	}

	/** A fresh workspace project with the journey nature holding the files of one examples folder. */
	public static IProject exampleProject(String folder) throws CoreException, IOException {
		IProject project = journeyProject(folder);
		Path examples = Path.of(System.getProperty("journey.examples"), folder);
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
				project.getFile(file.getFileName().toString()).create(Files.newInputStream(file), true, null);
			}
		}
		waitForBuild();
		return project;
	}

	public static void waitForBuild() {
		waitFor("the workspace build to finish", () -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
	}

	public static void setContents(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, true, null);
	}

	public static String contents(IFile file) throws CoreException, IOException {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	public static ITextEditor open(IFile file) throws CoreException {
		IEditorPart editor = IDE.openEditor(page(), file, true);
		assertEquals(GENERIC_EDITOR, editor.getSite().getId(), "a .journey file opens in the generic editor");
		flush();
		return (ITextEditor) editor;
	}

	public static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	public static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	public static void closeAllEditors() {
		page().closeAllEditors(false);
		flush();
	}

	/** Runs the event loop until the condition holds; fails with its description after a timeout. */
	public static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		Display display = Display.getCurrent();
		while (true) {
			while (display != null && display.readAndDispatch()) {
				// run everything that is queued
			}
			if (condition.getAsBoolean()) {
				return;
			}
			if (System.currentTimeMillis() > end) {
				screenshot("timeout");
				fail("Timed out waiting for " + what + " (Problems view: " + lastProblems + ")");
			}
			try {
				Thread.sleep(25);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				fail("Interrupted waiting for " + what);
			}
		}
	}

	/** Activates the Problems view and waits until it shows a marker whose text contains the given words. */
	public static void showProblems(String expected) throws org.eclipse.ui.PartInitException {
		page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
		waitFor("the Problems view to list '" + expected + "'", () -> problemsListed(expected));
		// The view refreshes itself shortly after a change and may collapse its groups: wait until
		// the row has stayed visible for a while, so that the screenshot shows it.
		int[] stable = { 0 };
		waitFor("the Problems view to settle", () -> problemsListed(expected) ? ++stable[0] >= 20 : (stable[0] = 0) > 0);
	}

	/** Waits until the Problems view no longer shows a marker whose text contains the given words, and stays so. */
	public static void showProblemsWithout(String gone) {
		int[] stable = { 0 };
		waitFor("the Problems view to drop '" + gone + "'", () -> !problemsListed(gone) ? ++stable[0] >= 20 : (stable[0] = 0) > 0);
	}

	private static boolean problemsListed(String expected) {
		org.eclipse.swt.widgets.Tree tree = problemsTree(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		if (tree == null) {
			return false;
		}
		lastProblems.setLength(0);
		for (org.eclipse.swt.widgets.TreeItem group : tree.getItems()) {
			if (!group.getExpanded()) {
				// The view's tree is lazy: the viewer creates the rows when it hears of the expansion.
				org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
				expand.item = group;
				tree.notifyListeners(org.eclipse.swt.SWT.Expand, expand);
				group.setExpanded(true);
			}
			lastProblems.append(group.getText()).append(" / ");
			for (org.eclipse.swt.widgets.TreeItem item : group.getItems()) {
				lastProblems.append(item.getText()).append(" | ");
				if (item.getText().contains(expected)) {
					return true;
				}
			}
		}
		return false;
	}

	private static final StringBuilder lastProblems = new StringBuilder();

	private static org.eclipse.swt.widgets.Tree problemsTree(org.eclipse.swt.widgets.Control control) {
		if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.getColumnCount() > 0 && tree.isVisible()
				&& "Description".equals(tree.getColumn(0).getText())) {
			return tree;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Tree found = problemsTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	public static void flush() {
		Display display = Display.getCurrent();
		while (display != null && display.readAndDispatch()) {
			// run everything that is queued
		}
	}

	public static List<IMarker> problems(IResource resource, int severity) {
		try {
			return Arrays.stream(resource.findMarkers(JourneyUi.MARKER_TYPE, true, IResource.DEPTH_INFINITE))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String describe(List<IMarker> markers) {
		return String.join("\n", markers.stream()
				.map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + m.getAttribute(IMarker.MESSAGE, ""))
				.toList());
	}

	/** The diagnostics found while typing (not the builder's markers) that the editor shows as errors. */
	public static List<IssueAnnotation> typingErrors(ITextEditor editor) {
		List<IssueAnnotation> result = new ArrayList<>();
		IAnnotationModel model = viewer(editor).getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof IssueAnnotation issue && IssueAnnotation.ERROR.equals(issue.getType())) {
				result.add(issue);
			}
		}
		return result;
	}

	/** Saves a picture of the whole screen to target/screenshots/name.png. */
	public static Path screenshot(String name) {
		flush();
		Path folder = Path.of(System.getProperty("journey.screenshots", "target/screenshots"));
		Path file = folder.resolve(name + ".png");
		try {
			Files.createDirectories(folder);
			Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			process.waitFor();
		} catch (IOException e) {
			System.err.println("No screenshot " + file + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return file;
	}
}
