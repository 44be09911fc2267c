package journey.studio.tests;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Drives the launch test inside the started product: creates a project from the travel example,
 * opens a journey in its editor and writes what happened to the report file that launch-test.sh
 * waits for. The script, not this class, takes the screenshot and ends the product.
 */
public class LaunchCheck implements IStartup {

	private static final String REPORT = "journey.launchtest.report";
	private static final String EXAMPLES = "journey.launchtest.examples";
	private static final String EDITOR_BUNDLE = "journey.dsl.ui";
	private static final long SETTLE_MS = 3000;
	private static final String JOURNEY_NATURE = EDITOR_BUNDLE + ".nature";

	@Override
	public void earlyStartup() {
		List<String> lines = new ArrayList<>();
		long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		lines.add("workbench.ms=" + sinceJvmStart);
		// An editor that fails to create its controls is only logged (the workbench shows an error
		// part instead), so errors logged while the example opens fail the check too.
		List<String> errors = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> {
			if (status.matches(IStatus.ERROR)) {
				errors.add(status.getPlugin() + ": " + status.getMessage() + (status.getException() == null ? "" : " (" + status.getException() + ")"));
			}
		};
		Platform.addLogListener(listener);
		try {
			IFile journey = createTravelProject(Path.of(System.getProperty(EXAMPLES), "travel"));
			lines.add("project=" + journey.getProject().getName());
			Display.getDefault().syncExec(() -> lines.addAll(openInEditor(journey)));
			Thread.sleep(SETTLE_MS); // reconcilers and the builder run after the editor opens
		} catch (Exception | LinkageError e) {
			lines.add("result=failed " + e);
		} finally {
			Platform.removeLogListener(listener);
		}
		errors.forEach(error -> lines.add("logged.error=" + error.replace('\n', ' ')));
		if (!errors.isEmpty()) {
			lines.add("result=failed: " + errors.size() + " error(s) logged while the example opened");
		}
		if (lines.stream().noneMatch(line -> line.startsWith("result="))) {
			lines.add("result=ok");
		}
		writeReport(lines);
	}

	/** Copies the example's .journey files into a new Journey project, as a user would import them. */
	private static IFile createTravelProject(Path folder) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("travel");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		if (Platform.getBundle(EDITOR_BUNDLE) != null && !project.hasNature(JOURNEY_NATURE)) {
			IProjectDescription description = project.getDescription();
			description.setNatureIds(new String[] { JOURNEY_NATURE });
			project.setDescription(description, null);
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path source : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
				IFile target = project.getFile(source.getFileName().toString());
				if (!target.exists()) {
					try (InputStream in = Files.newInputStream(source)) {
						target.create(in, true, null);
					}
				}
			}
		}
		return project.getFile("round-trip.journey");
	}

	/** Opens the journey the way a double-click in the Project Explorer would, and says with which editor. */
	private static List<String> openInEditor(IFile journey) {
		List<String> lines = new ArrayList<>();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		// Xvfb has no window manager to maximize it: fill the screen for the screenshot.
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		lines.add("window.title=" + shell.getText());
		lines.add("product=" + (Platform.getProduct() == null ? "none" : Platform.getProduct().getName()));
		lines.add("window.icons=" + shell.getImages().length);
		String about = Platform.getProduct() == null ? null : Platform.getProduct().getProperty("aboutText");
		if (!shell.getText().endsWith("Journey Studio") || shell.getImages().length == 0
				|| about == null || !about.startsWith("Journey Studio")) {
			lines.add("result=failed: the window title, icons or about text do not say Journey Studio");
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			IEditorDescriptor expected = IDE.getEditorDescriptor(journey, true, false);
			IEditorPart editor = IDE.openEditor(page, journey, true);
			String id = editor.getSite().getId();
			lines.add("editor.id=" + id);
			lines.add("editor.title=" + editor.getTitle());
			boolean editorBundle = Platform.getBundle(EDITOR_BUNDLE) != null;
			lines.add("editor.bundle=" + (editorBundle ? EDITOR_BUNDLE : "absent"));
			if (editorBundle && (expected == null || !expected.getId().equals(id) || id.equals("org.eclipse.ui.DefaultTextEditor"))) {
				lines.add("result=failed: " + journey.getName() + " opened in " + id + ", not in the journey editor");
			}
		} catch (Exception e) {
			lines.add("result=failed to open " + journey.getName() + ": " + e);
		}
		return lines;
	}

	private static void writeReport(List<String> lines) {
		String report = System.getProperty(REPORT);
		try {
			Path target = Path.of(report);
			Path temp = target.resolveSibling(target.getFileName() + ".tmp");
			Files.writeString(temp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			System.err.println("journey launch check: cannot write " + report + ": " + e);
			lines.forEach(System.err::println);
		}
	}
}
