package journey.dsl.ui.outline;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import journey.dsl.ui.JourneyResources;

/** Gives a text editor showing a .journey file the journey outline (the generic editor has none). */
public class JourneyOutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptableObject instanceof ITextEditor editor
				&& editor.getEditorInput() != null) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null && JourneyResources.isJourneyFile(file)) {
				return adapterType.cast(new JourneyOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
