package journey.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import journey.dsl.resource.JourneyResource;

/**
 * Xtext's lazy linker, which tells a journey file each reference it leaves a proxy in, so that the
 * file resolves those instead of walking every reference of every element for them
 * ({@link JourneyResource#resolveLazyCrossReferences}).
 */
public class JourneyLinker extends LazyLinker {

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		if (model.eContainer() == null && model.eResource() instanceof JourneyResource file) {
			file.linkingStarts(); // the whole file is linked again: its old proxies are gone
		}
		super.doLinkModel(model, consumer);
	}

	@Override
	protected void afterCreateAndSetProxy(EObject obj, INode node, EReference eRef, CrossReference crossReference, IDiagnosticProducer producer) {
		super.afterCreateAndSetProxy(obj, node, eRef, crossReference, producer);
		if (obj.eResource() instanceof JourneyResource file) {
			file.proxySet(obj, eRef);
		}
	}
}
