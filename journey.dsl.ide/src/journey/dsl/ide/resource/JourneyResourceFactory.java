package journey.dsl.ide.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import journey.dsl.ide.JourneyIdeSetup;
import journey.dsl.ide.serializer.TextPreservingResource;

/**
 * The resource factory that EMF's registry gives every client in Eclipse for .journey files (the
 * Sirius diagrams among them, through plugin.xml): resources that keep their text on save.
 */
public class JourneyResourceFactory implements Resource.Factory {

	@Override
	public Resource createResource(URI uri) {
		TextPreservingResource resource = JourneyIdeSetup.shared().getInstance(TextPreservingResource.class);
		resource.setURI(uri);
		return resource;
	}
}
