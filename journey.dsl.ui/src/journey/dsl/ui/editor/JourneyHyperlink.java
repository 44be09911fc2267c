package journey.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import journey.dsl.ui.JourneyResources;
import journey.dsl.ui.JourneyUi;

/** Opens the file that defines a referenced element and selects the element's name. */
public class JourneyHyperlink implements IHyperlink {

	private final IRegion region;
	private final URI target;
	private final int offset;
	private final int length;
	private final String label;

	public JourneyHyperlink(IRegion region, URI target, int offset, int length, String label) {
		this.region = region;
		this.target = target;
		this.offset = offset;
		this.length = length;
		this.label = label;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "Open Definition";
	}

	@Override
	public String getHyperlinkText() {
		return "Open Definition";
	}

	public URI target() {
		return target;
	}

	@Override
	public void open() {
		IFile file = JourneyResources.fileOf(target);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (file == null || page == null) {
			return;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, true);
			if (editor instanceof ITextEditor textEditor) {
				textEditor.selectAndReveal(offset, length);
			}
		} catch (PartInitException e) {
			JourneyUi.log("Cannot open " + file.getFullPath() + " at " + label, e);
		}
	}
}
