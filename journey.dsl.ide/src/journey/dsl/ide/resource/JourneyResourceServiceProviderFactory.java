package journey.dsl.ide.resource;

import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import journey.dsl.ide.JourneyIdeSetup;

/**
 * Gives Xtext's registry, through plugin.xml, the language's services for .journey files, so that
 * references between files resolve in any resource set in Eclipse (a Sirius session's among them).
 */
public class JourneyResourceServiceProviderFactory implements IExecutableExtensionFactory {

	@Override
	public Object create() {
		return JourneyIdeSetup.shared().getInstance(IResourceServiceProvider.class);
	}
}
