package journey.dsl.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import com.google.inject.Injector;

import journey.dsl.ide.JourneyIdeSetup;

/**
 * Holds the one injector that the whole Eclipse integration shares: the language's runtime and
 * ide modules, created on first use so that the workbench starts without loading the language.
 */
public final class JourneyUi {

	public static final String PLUGIN_ID = "journey.dsl.ui";
	public static final String CONTENT_TYPE = "journey.dsl.ui.journey";
	public static final String FILE_EXTENSION = "journey";
	public static final String NATURE_ID = "journey.dsl.ui.nature";
	public static final String BUILDER_ID = "journey.dsl.ui.builder";
	public static final String MARKER_TYPE = "journey.dsl.ui.problem";

	private static volatile Injector injector;

	private JourneyUi() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (JourneyUi.class) {
				result = injector;
				if (result == null) {
					result = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	public static void log(String message, Throwable error) {
		ILog.of(JourneyUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
