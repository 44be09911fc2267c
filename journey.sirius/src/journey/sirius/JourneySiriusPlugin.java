package journey.sirius;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

/**
 * The plug-in class that Sirius starts through the componentization extension in plugin.xml: it
 * registers the Journey viewpoint with Sirius's viewpoint registry, and removes it on stop.
 * <p>
 * Sirius is not on Maven Central, so this bundle cannot be compiled against it: the two registry
 * calls are made reflectively through the package this bundle imports dynamically. Sirius is
 * always there at run time, since the diagrams feature requires it.
 */
public class JourneySiriusPlugin extends Plugin {

	private static final String REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";
	private static final String VIEWPOINT = "org.eclipse.sirius.viewpoint.description.Viewpoint";

	private final List<Object> viewpoints = new ArrayList<>();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		try {
			Method register = loadClass(REGISTRY).getMethod("registerFromPlugin", String.class);
			viewpoints.addAll((Collection<?>) register.invoke(registry(), JourneyViewpointIds.PLUGIN_ID + "/" + JourneyViewpointIds.ODESIGN_PATH));
		} catch (ReflectiveOperationException | LinkageError e) {
			log("Cannot register the Journey viewpoint with Sirius", e);
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		try {
			if (!viewpoints.isEmpty()) {
				Object registry = registry();
				Method dispose = loadClass(REGISTRY).getMethod("disposeFromPlugin", loadClass(VIEWPOINT));
				for (Object viewpoint : viewpoints) {
					dispose.invoke(registry, viewpoint);
				}
			}
		} catch (ReflectiveOperationException | LinkageError e) {
			log("Cannot remove the Journey viewpoint from Sirius", e);
		} finally {
			viewpoints.clear();
			super.stop(context);
		}
	}

	private Object registry() throws ReflectiveOperationException {
		return loadClass(REGISTRY).getMethod("getInstance").invoke(null);
	}

	private Class<?> loadClass(String name) throws ClassNotFoundException {
		return Class.forName(name, true, JourneySiriusPlugin.class.getClassLoader());
	}

	private static void log(String message, Throwable error) {
		ILog.of(JourneySiriusPlugin.class).log(new Status(IStatus.ERROR, JourneyViewpointIds.PLUGIN_ID, message, error));
	}
}
