package journey.dsl.ui.preview;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import journey.dsl.model.Journey;
import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * Journey Map preview: follows the caret in a journey editor and shows the journey it is in. The
 * HTML map is to come from the command line's renderer (journey.cli.render), which offers no entry
 * point for one journey's page yet (its page writer is package-private and needs the drawings);
 * until it does, the view says so and names the journey under the cursor. A browser widget is used
 * where the platform has one; otherwise the view falls back to plain text.
 */
public class JourneyMapPreviewView extends ViewPart {

	public static final String ID = "journey.dsl.ui.views.mapPreview";

	private Browser browser;
	private Text text;
	private String shownJourney;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError noBrowser) {
			text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		}
		show(null);
		getSite().getPage().addPostSelectionListener(listener);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof ITextEditor editor && selection instanceof ITextSelection textSelection) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null && JourneyResources.fileOf(document) != null
					&& JourneyResources.isJourneyFile(JourneyResources.fileOf(document))) {
				show(journeyAt(document, textSelection.getOffset()));
			}
		}
	}

	/** The name of the journey that contains the offset, or null. */
	public static String journeyAt(IDocument document, int offset) {
		try {
			ParsedDocument parsed = ParsedDocument.of(document);
			synchronized (parsed) {
				EObject element = JourneyUi.injector().getInstance(EObjectAtOffsetHelper.class)
						.resolveContainedElementAt(parsed.resource(), offset);
				Journey journey = element == null ? null : EcoreUtil2.getContainerOfType(element, Journey.class);
				return journey == null ? null : journey.getName();
			}
		} catch (RuntimeException e) {
			return null;
		}
	}

	public String shownJourney() {
		return shownJourney;
	}

	/** What the view shows, as text. */
	public String displayedText() {
		if (text != null && !text.isDisposed()) {
			return text.getText();
		}
		return browser != null && !browser.isDisposed() ? browser.getText() : "";
	}

	private void show(String journey) {
		shownJourney = journey;
		String message = journey == null ? "Put the cursor inside a journey to preview its map."
				: "Journey " + journey + "\n\nNo map yet: the HTML renderer (journey render) has no entry point for one journey's page "
						+ "that this view can call. Until it has, run 'journey render' and open the page it writes.";
		if (browser != null && !browser.isDisposed()) {
			browser.setText("<html><body style='font-family:sans-serif'><p>" + escape(message).replace("\n", "<br>") + "</p></body></html>");
		} else if (text != null && !text.isDisposed()) {
			text.setText(message);
		}
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Override
	public void setFocus() {
		(browser != null ? browser : text).setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		super.dispose();
	}
}
