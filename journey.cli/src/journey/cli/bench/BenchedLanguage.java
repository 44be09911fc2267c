package journey.cli.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import com.google.inject.Injector;

import journey.report.Workspace;

/**
 * A language the benchmark measures: Journey, or the stock Xtext anchor it is compared with. Each
 * brings its services and a generator of realistic workspaces of its own kind.
 */
record BenchedLanguage(String name, String extension, Injector injector, WorkspaceWriter writer) {

	/** Writes a workspace of at least the given size; returns the bytes written. */
	interface WorkspaceWriter {
		long write(Path folder, long bytes) throws IOException;
	}

	static final String ANCHOR_SETUP = "journey.bench.statemachine.StatemachineStandaloneSetup";
	static final String JOURNEY = "journey";
	static final String ANCHOR = "stock Xtext";

	/** The table's column of a language's workspace of a size, such as "journey 12 MB". */
	static String column(String language, double megabytes) {
		return language + " " + new BigDecimal(Double.toString(megabytes)).stripTrailingZeros().toPlainString() + " MB";
	}

	static BenchedLanguage journey(long seed) {
		return new BenchedLanguage(JOURNEY, "journey", Workspace.injector(), (folder, bytes) -> new WorkspaceGenerator(seed).generate(folder, bytes, 4));
	}

	/**
	 * The stock Xtext state machine language of {@code journey.bench.statemachine}, which is built
	 * with the project but never shipped: the command line finds it only in a source checkout.
	 */
	static BenchedLanguage anchor(long seed) {
		Object setup;
		try {
			setup = Class.forName(ANCHOR_SETUP).getConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new IllegalStateException("The anchor language is not on the class path (" + e + "). Build it with"
					+ " ./mvnw -B -DskipTests package -pl journey.bench.statemachine and run ./journey from the source checkout.", e);
		}
		Injector injector;
		try {
			injector = (Injector) setup.getClass().getMethod("createInjectorAndDoEMFRegistration").invoke(setup);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("The anchor language does not start: " + e, e);
		}
		return new BenchedLanguage(ANCHOR, "statemachine", injector, (folder, bytes) -> new StatemachineGenerator(seed).generate(folder, bytes));
	}
}
