package journey.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import journey.dsl.resource.JourneyResource;
import journey.dsl.syntax.RepeatedProperty;

/**
 * Xtext's lazy linker, which tells a journey file each reference it leaves a proxy in, so that the
 * file resolves those instead of walking every reference of every element for them
 * ({@link JourneyResource#resolveLazyCrossReferences}), and marks an element that names the target
 * of a single reference twice ({@link RepeatedProperty}).
 */
public class JourneyLinker extends LazyLinker {

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		if (model.eContainer() == null && model.eResource() instanceof JourneyResource file) {
			file.linkingStarts(); // the whole file is linked again: its old proxies are gone
		}
		super.doLinkModel(model, consumer);
	}

	/** Each element's references are cleared before its proxies are installed: one already set was set just now. */
	@Override
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		if (!eRef.isMany() && obj.eIsSet(eRef)) {
			RepeatedProperty.mark(obj);
		}
		super.createAndSetProxy(obj, node, eRef);
	}

	@Override
	protected void afterCreateAndSetProxy(EObject obj, INode node, EReference eRef, CrossReference crossReference, IDiagnosticProducer producer) {
		super.afterCreateAndSetProxy(obj, node, eRef, crossReference, producer);
		if (obj.eResource() instanceof JourneyResource file) {
			file.proxySet(obj, eRef);
		}
	}
}
