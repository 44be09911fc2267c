package journey.dsl.ui.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import journey.bpmn.BpmnImport;
import journey.bpmn.LaneRules;
import journey.dsl.ui.JourneyUi;
import journey.report.Workspace;
import journey.report.imports.ImportException;
import journey.report.imports.ImportResult;

/**
 * File > Import... > Journey > BPMN processes: `journey import --format bpmn` in the workbench. The
 * page previews the summary; an existing catalogue is changed only when the user ticks the box that
 * says so, and then only where the BPMN file differs from it.
 */
public class BpmnImportWizard extends Wizard implements IImportWizard {

	public static final String ID = "journey.dsl.ui.wizards.importBpmn";

	private Page page;
	private IContainer initialFolder;
	private IFile imported;
	private boolean showSummary = true;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("Import BPMN Processes");
		Workspace.useServices(JourneyUi.injector());
		setNeedsProgressMonitor(true);
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IContainer container) {
			initialFolder = container;
		} else if (first instanceof IResource resource) {
			initialFolder = resource.getParent();
		}
	}

	@Override
	public void addPages() {
		page = new Page(initialFolder);
		addPage(page);
	}

	public Page page() {
		return page;
	}

	/** Whether finishing shows the summary in a dialog (tests read it from the page instead). */
	public void showSummaryWhenDone(boolean show) {
		showSummary = show;
	}

	/** The catalogue the last finish wrote. */
	public IFile imported() {
		return imported;
	}

	@Override
	public boolean performFinish() {
		IFile target = page.target();
		ImportResult[] result = new ImportResult[1];
		String[] error = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Importing the BPMN file", IProgressMonitor.UNKNOWN);
				try {
					result[0] = page.compute();
				} catch (ImportException e) {
					error[0] = e.getMessage();
				}
				monitor.done();
			});
		} catch (InvocationTargetException | InterruptedException e) {
			page.setErrorMessage("The import failed: " + e.getMessage());
			return false;
		}
		if (error[0] != null) {
			page.setErrorMessage(page.bpmnFile() + ": " + error[0]);
			return false;
		}
		if (target.exists() && result[0].files().get(0).changes() && !page.changeExisting()) {
			page.showSummary(result[0]);
			page.setErrorMessage(target.getName() + " exists: tick 'Change the existing catalogue' to make the changes shown.");
			return false;
		}
		try {
			ImportResult.FileText file = result[0].files().get(0);
			if (file.changes()) {
				ByteArrayInputStream text = new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8));
				if (target.exists()) {
					target.setContents(text, IResource.KEEP_HISTORY, null);
				} else {
					target.create(text, IResource.NONE, null);
					target.setCharset(StandardCharsets.UTF_8.name(), null);
				}
			}
		} catch (CoreException e) {
			page.setErrorMessage("Cannot write " + target.getFullPath() + ": " + e.getMessage());
			return false;
		}
		imported = target;
		page.showSummary(result[0]);
		if (showSummary) {
			MessageDialog.openInformation(getContainer().getShell(), "BPMN processes imported", result[0].summary().text());
		}
		try {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null) {
				BasicNewResourceWizard.selectAndReveal(target, window);
				IDE.openEditor(window.getActivePage(), target, true);
			}
		} catch (PartInitException e) {
			JourneyUi.log("Cannot open " + target.getFullPath(), e);
		}
		return true;
	}

	/** Which BPMN file, into which folder and file, with which lane rules; and the summary of what the import will do. */
	public static final class Page extends WizardPage {
		private final IContainer initialFolder;
		private Text bpmn;
		private Text folder;
		private Text fileName;
		private Text rules;
		private Button changeExisting;
		private Text summary;

		Page(IContainer initialFolder) {
			super("bpmnImport");
			this.initialFolder = initialFolder;
			setTitle("BPMN processes");
			setDescription("Import the pools, lanes, tasks and flows of a BPMN 2.0 file as a catalogue of processes.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			bpmn = row(body, "BPMN file:", "", true, () -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.bpmn;*.bpmn2;*.xml", "*.*" });
				String chosen = dialog.open();
				if (chosen != null) {
					bpmn.setText(chosen);
					if (fileName.getText().isBlank() || fileName.getText().equals("catalog.journey")) {
						fileName.setText(Path.of(chosen).getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".journey");
					}
				}
			});
			folder = row(body, "Into folder:", initialFolder == null ? "" : initialFolder.getFullPath().toString(), true, () -> {
				ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), ResourcesPlugin.getWorkspace().getRoot(), false,
						"Choose the folder of the catalogue");
				if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
					folder.setText(dialog.getResult()[0].toString());
				}
			});
			fileName = row(body, "Catalogue file:", "catalog.journey", false, null);
			Label rulesLabel = new Label(body, SWT.NONE);
			rulesLabel.setText("Lane rules:");
			rules = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
			rules.setMessage("One per line: a BPMN lane's name or a task type = frontstage, backstage or support (e.g. Sales=frontstage)");
			GridData rulesData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
			rulesData.heightHint = 48;
			rules.setLayoutData(rulesData);
			changeExisting = new Button(body, SWT.CHECK);
			changeExisting.setText("Change the existing catalogue where the BPMN file differs (comments and layout stay)");
			changeExisting.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
			Button preview = new Button(body, SWT.PUSH);
			preview.setText("Preview");
			preview.addListener(SWT.Selection, event -> preview());
			summary = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
			GridData summaryData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			summaryData.heightHint = 160;
			summaryData.widthHint = 560;
			summary.setLayoutData(summaryData);
			for (Text text : List.of(bpmn, folder, fileName)) {
				text.addListener(SWT.Modify, event -> validate());
			}
			setControl(body);
			validate();
		}

		private Text row(Composite body, String label, String value, boolean browse, Runnable onBrowse) {
			new Label(body, SWT.NONE).setText(label);
			Text text = new Text(body, SWT.BORDER);
			text.setText(value);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, browse ? 1 : 2, 1));
			if (browse) {
				Button button = new Button(body, SWT.PUSH);
				button.setText("Browse...");
				button.addListener(SWT.Selection, event -> onBrowse.run());
			}
			return text;
		}

		private void validate() {
			String problem = null;
			if (bpmn.getText().isBlank()) {
				problem = "Choose the BPMN file to import.";
			} else if (!Path.of(bpmn.getText()).toFile().isFile()) {
				problem = "There is no file " + bpmn.getText();
			} else if (!(ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(folder.getText())) instanceof IContainer)) {
				problem = "Choose a folder of the workspace for the catalogue.";
			} else if (!fileName.getText().endsWith(".journey") || fileName.getText().contains("/")) {
				problem = "The catalogue is a file name ending in .journey.";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		private void preview() {
			try {
				showSummary(compute());
				setErrorMessage(null);
			} catch (ImportException e) {
				summary.setText("");
				setErrorMessage(bpmnFile() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": " + e.getMessage());
			}
		}

		void showSummary(ImportResult result) {
			String text = result.summary().text();
			ImportResult.FileText file = result.files().get(0);
			summary.setText((file.exists() ? (file.changes() ? "Changes " : "Leaves unchanged ") : "Creates ") + target().getFullPath() + "\n" + text);
		}

		/** Runs the import without writing; safe off the UI thread once the fields are read. */
		ImportResult compute() throws ImportException {
			String[] values = new String[2];
			getShell().getDisplay().syncExec(() -> {
				values[0] = bpmn.getText();
				values[1] = rules.getText();
			});
			IFile target = target();
			List<String> laneRules = Arrays.stream(values[1].split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
			return BpmnImport.importInto(Path.of(values[0]), target.getLocation().toFile().toPath(), LaneRules.of(laneRules), null);
		}

		String bpmnFile() {
			return bpmn.getText();
		}

		IFile target() {
			String[] values = new String[2];
			Runnable read = () -> {
				values[0] = folder.getText();
				values[1] = fileName.getText();
			};
			if (getShell().getDisplay().getThread() == Thread.currentThread()) {
				read.run();
			} else {
				getShell().getDisplay().syncExec(read);
			}
			IContainer container = (IContainer) ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(values[0]));
			return container.getFile(IPath.fromOSString(values[1]));
		}

		boolean changeExisting() {
			return changeExisting.getSelection();
		}

		/** For tests and for callers that fill the page. */
		public void fill(String bpmnFile, String folderPath, String catalogueName, String laneRules, boolean change) {
			bpmn.setText(bpmnFile);
			folder.setText(folderPath);
			fileName.setText(catalogueName);
			rules.setText(laneRules);
			changeExisting.setSelection(change);
		}

		public String summaryText() {
			return summary.getText();
		}

		public void pressPreview() {
			preview();
		}
	}
}
