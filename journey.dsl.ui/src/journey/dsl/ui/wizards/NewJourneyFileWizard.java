package journey.dsl.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import journey.dsl.ui.JourneyUi;

/** File > New > Journey file: a .journey file that starts as a journey or as a catalogue. */
public class NewJourneyFileWizard extends BasicNewResourceWizard {

	public static final String ID = "journey.dsl.ui.wizards.newFile";

	private Page page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection currentSelection) {
		super.init(workbench, currentSelection);
		setWindowTitle("New Journey File");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new Page(getSelection());
		addPage(page);
	}

	public Page page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		selectAndReveal(file);
		if (getWorkbench().getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
			} catch (PartInitException e) {
				JourneyUi.log("Cannot open " + file.getFullPath(), e);
			}
		}
		return true;
	}

	/** The container and file name, and the choice between a journey and a catalogue. */
	public static final class Page extends WizardNewFileCreationPage {
		private boolean catalogue;
		private Button catalogueButton;

		Page(IStructuredSelection selection) {
			super("journeyFile", selection);
			setTitle("Journey file");
			setDescription("Create a .journey file holding a journey or a catalogue.");
			setFileExtension(JourneyUi.FILE_EXTENSION);
			setFileName("my-journey.journey");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Group kind = new Group(parent, SWT.NONE);
			kind.setText("Start with");
			kind.setLayout(new GridLayout(1, false));
			Button journeyButton = new Button(kind, SWT.RADIO);
			journeyButton.setText("A journey (stages and steps of one persona)");
			journeyButton.setSelection(true);
			catalogueButton = new Button(kind, SWT.RADIO);
			catalogueButton.setText("A catalogue (personas, channels, teams, systems, processes)");
			catalogueButton.addListener(SWT.Selection, e -> catalogue = catalogueButton.getSelection());
			super.createAdvancedControls(parent);
		}

		public void setCatalogue(boolean catalogue) {
			this.catalogue = catalogue;
			if (catalogueButton != null) {
				catalogueButton.setSelection(catalogue);
			}
		}

		@Override
		protected InputStream getInitialContents() {
			String fileName = getFileName();
			String text = catalogue ? JourneyTemplates.catalogue(JourneyTemplates.packageName(fileName))
					: JourneyTemplates.journey(JourneyTemplates.packageName(fileName), JourneyTemplates.identifier(fileName));
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
