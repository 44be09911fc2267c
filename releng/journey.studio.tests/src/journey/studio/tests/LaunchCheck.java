package journey.studio.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/**
 * Drives Journey Studio inside the started product as an analyst would, step by step: import an
 * example folder with File > Open Projects from File System, create a project with the Journey
 * wizard, open a journey, type, save, ask for content assist, hover, Go to Line, look at the outline
 * and the map preview. After each step it takes a screenshot and checks that no error dialog is
 * open and nothing was written to the error log. It writes what happened to the report file that
 * launch-test.sh waits for; the script ends the product.
 */
public class LaunchCheck implements IStartup {

	private static final String REPORT = "journey.launchtest.report";
	private static final String EXAMPLES = "journey.launchtest.examples";
	private static final String OUT = "journey.launchtest.out";

	private final List<String> report = new ArrayList<>();
	private final List<String> logged = new CopyOnWriteArrayList<>();
	private int stepNumber;
	private Path out;

	@Override
	public void earlyStartup() {
		long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
		report.add("workbench.ms=" + sinceJvmStart);
		report.add("java=" + System.getProperty("java.version"));
		out = Path.of(System.getProperty(OUT));
		ILogListener listener = (status, plugin) -> {
			if (status.getSeverity() >= IStatus.WARNING) {
				logged.add((status.getSeverity() == IStatus.ERROR ? "error " : "warning ") + status.getPlugin() + ": " + status.getMessage()
						+ (status.getException() == null ? "" : " (" + status.getException() + ")"));
			}
		};
		Platform.addLogListener(listener);
		try {
			UserSession session = new UserSession(Display.getDefault(), Path.of(System.getProperty(EXAMPLES)), out);
			step("workbench", session::workbench);
			step("getting-started", session::gettingStarted);
			step("import-example-folder", session::importExampleFolder);
			step("markers-on-imported-project", session::markersOnImportedProject);
			step("new-project-wizard", session::newProjectWizard);
			step("new-file-wizard", session::newFileWizard);
			step("open-editor", session::openEditor);
			step("type-and-save", session::typeAndSave);
			step("content-assist", session::contentAssist);
			step("hover", session::hover);
			step("go-to-line", session::goToLine);
			step("outline", session::outline);
			step("map-preview", session::mapPreview);
			step("import-bpmn", session::importBpmn);
			step("content-assist-after-import", session::contentAssistAfterImport);
		} catch (RuntimeException | LinkageError e) {
			report.add("result=failed " + e);
		} finally {
			Platform.removeLogListener(listener);
		}
		if (report.stream().noneMatch(line -> line.startsWith("result="))) {
			boolean failed = report.stream().anyMatch(line -> line.contains("=failed"));
			report.add(failed ? "result=failed: see the steps above" : "result=ok");
		}
		writeReport();
	}

	/** One thing a user does: its outcome, a screenshot, and no error dialog or log entry on the way. */
	private void step(String name, UserSession.Step action) {
		String label = String.format("%02d-%s", ++stepNumber, name);
		System.err.println("journey launch check: " + label + " starts");
		String outcome;
		try {
			outcome = action.run();
			settle();
		} catch (Exception | AssertionError e) {
			outcome = "failed " + e;
		}
		Path screenshot = out.resolve(label + ".png");
		List<String> dialogs = UserSession.errorDialogs(Display.getDefault(), screenshot);
		List<String> entries = new ArrayList<>(logged);
		logged.clear();
		if (!dialogs.isEmpty()) {
			outcome = "failed: error dialog " + String.join("; ", dialogs) + (outcome.startsWith("failed") ? "; " + outcome : "");
		} else if (!entries.isEmpty()) {
			outcome = "failed: " + entries.size() + " error log entr" + (entries.size() == 1 ? "y" : "ies")
					+ (outcome.startsWith("failed") ? "; " + outcome : "");
		}
		report.add("step." + label + "=" + outcome.replace('\n', ' '));
		entries.forEach(entry -> report.add("step." + label + ".log=" + entry.replace('\n', ' ')));
		System.err.println("journey launch check: " + label + " " + outcome);
		writeProgress();
	}

	/** Waits until the builds and the journey validation are done and the screen has painted. */
	private static void settle() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < deadline && (Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length > 0
				|| Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length > 0)) {
			Thread.sleep(200);
		}
		Thread.sleep(1000);
	}

	/** The steps so far, beside the report, for a run that does not end in time. */
	private void writeProgress() {
		try {
			Path target = Path.of(System.getProperty(REPORT));
			Files.writeString(target.resolveSibling("progress.txt"), String.join("\n", report) + "\n", StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			// the report at the end says it all; the progress file only helps a run that hangs
		}
	}

	private void writeReport() {
		String target = System.getProperty(REPORT);
		try {
			Path path = Path.of(target);
			Path temp = path.resolveSibling(path.getFileName() + ".tmp");
			Files.writeString(temp, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
			Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			System.err.println("journey launch check: cannot write " + target + ": " + e);
			report.forEach(System.err::println);
		}
	}

	/** The problem markers of a project, as "severity line message". */
	static List<String> markers(IProject project) throws Exception {
		List<String> found = new ArrayList<>();
		for (IMarker marker : project.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_INFINITE)) {
			found.add(marker.getAttribute(IMarker.SEVERITY, -1) + " " + marker.getResource().getName() + ":" + marker.getAttribute(IMarker.LINE_NUMBER, 0)
					+ " " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		found.sort(Comparator.naturalOrder());
		return found;
	}

	/** A copy of an example folder, for importing as a user would import their own. */
	static Path copyOf(Path folder, Path into) throws IOException {
		Path copy = Files.createDirectories(into.resolve(folder.getFileName()));
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return copy;
	}

	static IFile file(String project, String name) {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(project).getFile(name);
	}

	static boolean productIsJourneyStudio() {
		return Platform.getProduct() != null && "Journey Studio".equals(Platform.getProduct().getName()) && PlatformUI.isWorkbenchRunning();
	}
}
