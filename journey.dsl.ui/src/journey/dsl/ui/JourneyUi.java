package journey.dsl.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import com.google.inject.Injector;

import journey.dsl.ide.JourneyIdeSetup;

/**
 * The editor's constants and its access to the language's injector, which journey.dsl.ide creates
 * on first use (so that the workbench starts without loading the language) and shares.
 */
public final class JourneyUi {

	public static final String PLUGIN_ID = "journey.dsl.ui";
	public static final String CONTENT_TYPE = "journey.dsl.ui.journey";
	public static final String FILE_EXTENSION = "journey";
	public static final String NATURE_ID = "journey.dsl.ui.nature";
	public static final String BUILDER_ID = "journey.dsl.ui.builder";
	public static final String MARKER_TYPE = "journey.dsl.ui.problem";

	private JourneyUi() {
	}

	/** The injector that the editor shares with every other client of the language in this Eclipse (the diagrams among them). */
	public static Injector injector() {
		return JourneyIdeSetup.shared();
	}

	public static void log(String message, Throwable error) {
		ILog.of(JourneyUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
	}
}
