package journey.dsl.ui.editor;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * Ctrl+click on a reference: links to the definition, in this file or another, using Xtext's
 * cross-reference resolution and the element's significant region.
 */
public class JourneyHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		// Hyperlink detectors are registered per editor, not per content type: skip other files.
		var file = journey.dsl.ui.JourneyResources.fileOf(viewer.getDocument());
		if (file == null || !journey.dsl.ui.JourneyResources.isJourneyFile(file)) {
			return null;
		}
		IHyperlink link = linkAt(viewer.getDocument(), region.getOffset());
		return link == null ? null : new IHyperlink[] { link };
	}

	/** The link for the reference at an offset, or null when there is no resolvable reference there. */
	public static IHyperlink linkAt(org.eclipse.jface.text.IDocument document, int offset) {
		try {
			return ParsedDocument.read(document, parsed -> {
				XtextResource resource = parsed.resource();
				EObjectAtOffsetHelper helper = JourneyUi.injector().getInstance(EObjectAtOffsetHelper.class);
				INode node = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
				if (node == null) {
					return null;
				}
				EObject target = helper.getCrossReferencedElement(node);
				if (target == null || target.eIsProxy()) {
					return null;
				}
				ITextRegion location = JourneyUi.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(target);
				URI targetUri = EcoreUtil.getURI(target).trimFragment();
				String name = target.eClass().getName();
				return new JourneyHyperlink(new Region(node.getOffset(), node.getLength()), targetUri,
						location.getOffset(), location.getLength(), name);
			});
		} catch (RuntimeException e) {
			JourneyUi.log("Hyperlink detection failed", e);
			return null;
		}
	}
}
