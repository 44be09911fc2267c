package journey.dsl.ui.preview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.swt.widgets.DirectoryDialog;
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
import journey.report.OutputFolder;
import journey.report.render.JourneyRenderer;

/**
 * Journey Map Preview: follows the caret in a journey editor, and its edits, and shows the journey
 * it is in as `journey render` draws it (journey.report's JourneyRenderer). Where the platform has
 * a browser widget, the view shows the journey's whole page; otherwise it shows the journey map, the
 * service blueprint and the step flow as images. The drawings are made again only when the journey
 * or its text changed. *Export as HTML/SVG* writes the page and the drawings into a folder.
 */
public class JourneyMapPreviewView extends ViewPart {

	public static final String ID = "journey.dsl.ui.views.mapPreview";

	private Browser browser;
	private Label caption;
	private ScrolledComposite scroller;
	private Composite drawings;
	private final List<Image> images = new ArrayList<>();
	private String mapSvg;
	private Journey shown;
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
			drawings = new Composite(scroller, SWT.NONE);
			drawings.setLayout(new GridLayout(1, false));
			scroller.setContent(drawings);
		}
		getViewSite().getActionBars().getToolBarManager().add(new Action("Export as HTML/SVG...") {
			@Override
			public void run() {
				exportWithDialog();
			}
		});
		showNothing();
		getSite().getPage().addPostSelectionListener(listener);
		// the editor that is open when the view opens is followed at once, not at the next caret move
		if (getSite().getPage().getActiveEditor() instanceof ITextEditor editor
				&& editor.getSelectionProvider() != null && editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			selectionChanged(editor, selection);
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		ITextEditor editor = Adapters.adapt(part, ITextEditor.class);
		if (editor != null && selection instanceof ITextSelection textSelection) {
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
			return ParsedDocument.read(document, parsed -> {
				Journey journey = journeyAt(parsed, offset);
				return journey == null ? null : journey.getName();
			});
		} catch (RuntimeException e) {
			return null;
		}
	}

	public String shownJourney() {
		return shownJourney;
	}

	/** What the view shows, as text: the page in the browser, else the caption above the drawings. */
	public String displayedText() {
		if (browser != null && !browser.isDisposed()) {
			return browser.getText();
		}
		return caption != null && !caption.isDisposed() ? caption.getText() : "";
	}

	/** The journey map drawn where there is no browser, or null. */
	public Image displayedImage() {
		return images.isEmpty() ? null : images.get(0);
	}

	/** How many drawings are shown where there is no browser: the map, the blueprint and the step flow. */
	public int displayedDrawings() {
		return images.size();
	}

	/** The journey map's SVG as last drawn: what the preview shows, for a reader that cannot look at images. */
	public String displayedMapSvg() {
		return mapSvg;
	}

	/** What the preview draws for a journey: the page, or the three drawings where there is no browser. */
	private record Drawing(Journey journey, String page, List<String> svgs) {
	}

	/** The journey at the offset, drawn; null when there is nothing new to draw (the preview has said why). */
	private Drawing draw(ParsedDocument parsed, int offset) {
		Journey journey = journeyAt(parsed, offset);
		if (journey == null) {
			showNothing();
			return null;
		}
		String key = parsed.uri() + "#" + journey.getName() + "@" + parsed.stamp();
		if (key.equals(shownKey)) {
			return null;
		}
		shownKey = key;
		try {
			if (browser != null) {
				return new Drawing(journey, JourneyRenderer.page(journey, PriorityFormula.DEFAULT), List.of());
			}
			return new Drawing(journey, null, List.of(JourneyRenderer.mapSvg(journey), JourneyRenderer.blueprintSvg(journey), JourneyRenderer.flowSvg(journey)));
		} catch (RuntimeException e) {
			// a journey being typed may not draw yet: say so, and draw it when it does
			showMessage("Journey " + journey.getName() + " cannot be drawn yet: " + e.getMessage());
			shownJourney = journey.getName();
			return null;
		}
	}

	private void show(IDocument document, int offset) {
		Drawing drawing = ParsedDocument.read(document, parsed -> draw(parsed, offset));
		if (drawing == null) {
			return;
		}
		Journey journey = drawing.journey();
		String page = drawing.page();
		List<String> svgs = drawing.svgs();
		shown = journey;
		shownJourney = journey.getName();
		if (browser != null && !browser.isDisposed()) {
			browser.setText(page);
			return;
		}
		mapSvg = svgs.get(0);
		String title = journey.getTitle() != null ? journey.getTitle() : journey.getName();
		clearDrawings();
		String[] names = { "Journey map", "Service blueprint", "Step flow" };
		try {
			for (int i = 0; i < svgs.size(); i++) {
				Label heading = new Label(drawings, SWT.NONE);
				heading.setText(names[i]);
				Image image = new Image(drawings.getDisplay(), new ByteArrayInputStream(svgs.get(i).getBytes(StandardCharsets.UTF_8)));
				images.add(image);
				new Label(drawings, SWT.NONE).setImage(image);
			}
			caption.setText("Journey " + journey.getName() + ": " + title + " (as `journey render` draws it; Export as HTML/SVG writes the whole page)");
		} catch (SWTException noSvgSupport) {
			clearDrawings();
			caption.setText("Journey " + journey.getName() + ": " + title + " (this platform cannot draw SVG; Export as HTML/SVG writes the page)");
		}
		drawings.setSize(drawings.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		caption.getParent().layout(true, true);
	}

	private void showNothing() {
		shown = null;
		shownJourney = null;
		shownKey = null;
		showMessage("Put the cursor inside a journey to preview its map, blueprint and step flow.");
	}

	private void showMessage(String message) {
		if (browser != null && !browser.isDisposed()) {
			browser.setText("<html><body style='font-family:sans-serif'><p>" + escape(message) + "</p></body></html>");
		} else if (caption != null && !caption.isDisposed()) {
			clearDrawings();
			caption.setText(message);
			caption.getParent().layout(true, true);
		}
	}

	private void clearDrawings() {
		for (var child : drawings.getChildren()) {
			child.dispose();
		}
		images.forEach(Image::dispose);
		images.clear();
	}

	private void exportWithDialog() {
		if (shown == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export as HTML/SVG", "Put the cursor inside a journey first.");
			return;
		}
		DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
		dialog.setText("Export " + shown.getName() + " as HTML and SVG");
		String folder = dialog.open();
		if (folder != null) {
			try {
				Path index = exportTo(Path.of(folder));
				MessageDialog.openInformation(getSite().getShell(), "Export as HTML/SVG", "Wrote " + index.getParent() + " (open " + index.getFileName() + ")");
			} catch (OutputFolder.OutputException e) {
				MessageDialog.openError(getSite().getShell(), "Export as HTML/SVG", e.getMessage());
			}
		}
	}

	/** Writes the shown journey's page, its drawings and an index into the folder; returns the index page. */
	public Path exportTo(Path folder) throws OutputFolder.OutputException {
		return JourneyRenderer.site(List.of(shown), PriorityFormula.DEFAULT, OutputFolder.open(folder, List.of())).index();
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
		images.forEach(Image::dispose);
		super.dispose();
	}
}
