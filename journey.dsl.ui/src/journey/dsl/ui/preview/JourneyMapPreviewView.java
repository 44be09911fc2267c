package journey.dsl.ui.preview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;
import journey.report.render.JourneyRenderer;

/**
 * Journey Map preview: follows the caret in a journey editor and shows the journey it is in, as
 * `journey render` draws it (journey.report's JourneyRenderer). Where the platform has a browser
 * widget, the view shows the journey's whole page; otherwise it shows the journey map drawing as
 * an image. The drawing is made again only when the journey or its text changes.
 */
public class JourneyMapPreviewView extends ViewPart {

	public static final String ID = "journey.dsl.ui.views.mapPreview";

	private Browser browser;
	private Label caption;
	private ScrolledComposite scroller;
	private Label picture;
	private Image image;
	private String shownJourney;
	private String shownKey;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError noBrowser) {
			for (var child : parent.getChildren()) {
				child.dispose();
			}
			parent.setLayout(new GridLayout(1, false));
			caption = new Label(parent, SWT.WRAP);
			caption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
			scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			picture = new Label(scroller, SWT.NONE);
			scroller.setContent(picture);
		}
		showNothing();
		getSite().getPage().addPostSelectionListener(listener);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof ITextEditor editor && selection instanceof ITextSelection textSelection) {
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (document != null && JourneyResources.fileOf(document) != null
					&& JourneyResources.isJourneyFile(JourneyResources.fileOf(document))) {
				show(document, textSelection.getOffset());
			}
		}
	}

	/** The journey that contains the offset, or null. */
	private static Journey journeyAt(ParsedDocument parsed, int offset) {
		EObject element = JourneyUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(parsed.resource(), offset);
		return element == null ? null : EcoreUtil2.getContainerOfType(element, Journey.class);
	}

	/** The name of the journey that contains the offset, or null. */
	public static String journeyAt(IDocument document, int offset) {
		try {
			ParsedDocument parsed = ParsedDocument.of(document);
			synchronized (parsed) {
				Journey journey = journeyAt(parsed, offset);
				return journey == null ? null : journey.getName();
			}
		} catch (RuntimeException e) {
			return null;
		}
	}

	public String shownJourney() {
		return shownJourney;
	}

	/** What the view shows, as text: the page in the browser, else the caption above the drawing. */
	public String displayedText() {
		if (browser != null && !browser.isDisposed()) {
			return browser.getText();
		}
		return caption != null && !caption.isDisposed() ? caption.getText() : "";
	}

	/** The drawing shown where there is no browser, or null. */
	public Image displayedImage() {
		return image;
	}

	private void show(IDocument document, int offset) {
		ParsedDocument parsed = ParsedDocument.of(document);
		String page;
		String svg;
		Journey journey;
		synchronized (parsed) {
			journey = journeyAt(parsed, offset);
			if (journey == null) {
				showNothing();
				return;
			}
			String key = parsed.uri() + "#" + journey.getName() + "@" + parsed.stamp();
			if (key.equals(shownKey)) {
				return;
			}
			shownKey = key;
			try {
				page = browser != null ? JourneyRenderer.page(journey, PriorityFormula.DEFAULT) : null;
				svg = browser != null ? null : JourneyRenderer.mapSvg(journey);
			} catch (RuntimeException e) {
				// a journey being typed may not draw yet: say so, and draw it when it does
				showMessage("Journey " + journey.getName() + " cannot be drawn yet: " + e.getMessage());
				shownJourney = journey.getName();
				return;
			}
		}
		shownJourney = journey.getName();
		if (browser != null && !browser.isDisposed()) {
			browser.setText(page);
			return;
		}
		String title = journey.getTitle() != null ? journey.getTitle() : journey.getName();
		try {
			Image drawn = new Image(picture.getDisplay(), new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			replaceImage(drawn);
			caption.setText("Journey " + journey.getName() + ": " + title + " (the journey map; `journey render` writes the whole page)");
		} catch (SWTException noSvgSupport) {
			replaceImage(null);
			caption.setText("Journey " + journey.getName() + ": " + title + " (this platform cannot draw SVG; `journey render` writes the page)");
		}
		caption.getParent().layout(true, true);
	}

	private void showNothing() {
		shownJourney = null;
		shownKey = null;
		showMessage("Put the cursor inside a journey to preview its map.");
	}

	private void showMessage(String message) {
		if (browser != null && !browser.isDisposed()) {
			browser.setText("<html><body style='font-family:sans-serif'><p>" + escape(message) + "</p></body></html>");
		} else if (caption != null && !caption.isDisposed()) {
			replaceImage(null);
			caption.setText(message);
			caption.getParent().layout(true, true);
		}
	}

	private void replaceImage(Image drawn) {
		if (image != null) {
			image.dispose();
		}
		image = drawn;
		picture.setImage(drawn);
		picture.setSize(picture.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		} else {
			scroller.setFocus();
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(listener);
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}
}
