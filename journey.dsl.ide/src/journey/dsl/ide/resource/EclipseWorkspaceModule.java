package journey.dsl.ide.resource;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.SimpleResourceDescriptionsBasedContainerManager;

import com.google.inject.AbstractModule;

/**
 * What the language needs inside Eclipse only: an index that knows the .journey files of each
 * workspace project, all of them visible to each other, loaded or not.
 */
public class EclipseWorkspaceModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(IResourceDescriptions.class).to(ProjectResourceDescriptions.class);
		// The runtime's container manager sees only the files a resource set has loaded.
		bind(IContainer.Manager.class).to(SimpleResourceDescriptionsBasedContainerManager.class);
	}
}
