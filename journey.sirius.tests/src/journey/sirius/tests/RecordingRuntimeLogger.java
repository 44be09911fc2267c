package journey.sirius.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.sirius.business.api.logger.RuntimeLogger;

/**
 * Collects what Sirius reports while it refreshes and runs tools: an expression that fails during
 * a refresh or a tool reaches only its runtime loggers, which for a viewpoint loaded from a
 * plug-in show nothing. Contributed through plugin.xml; the registry makes the instance.
 */
public class RecordingRuntimeLogger implements RuntimeLogger {

	private static final List<String> ERRORS = new ArrayList<>();

	/** The errors reported since the last call, and forgets them. */
	static synchronized List<String> takeErrors() {
		List<String> errors = List.copyOf(ERRORS);
		ERRORS.clear();
		return errors;
	}

	private static synchronized void record(EObject where, EStructuralFeature feature, String message) {
		String name = where == null ? "?" : String.valueOf(where.eGet(where.eClass().getEStructuralFeature("name") == null
				? where.eClass().getEAllAttributes().get(0) : where.eClass().getEStructuralFeature("name")));
		ERRORS.add(name + (feature == null ? "" : "." + feature.getName() + " (" + where.eGet(feature) + ")") + ": " + message);
	}

	@Override
	public void error(EObject where, EStructuralFeature feature, String message) {
		record(where, feature, message);
	}

	@Override
	public void error(EObject where, EStructuralFeature feature, Throwable cause) {
		record(where, feature, String.valueOf(cause));
	}

	@Override
	public void warning(EObject where, EStructuralFeature feature, Throwable cause) {
		record(where, feature, "warning: " + cause);
	}

	@Override
	public void warning(EObject where, EStructuralFeature feature, String message) {
		record(where, feature, "warning: " + message);
	}

	@Override
	public void info(EObject where, EStructuralFeature feature, String message) {
	}

	@Override
	public void info(EObject where, EStructuralFeature feature, Throwable cause) {
	}

	@Override
	public void clearAll() {
	}

	@Override
	public void clear(EObject where) {
	}
}
