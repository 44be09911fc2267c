package journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

/**
 * What a quick fix knows while it is being offered: the diagnostic, its issue data, the element it
 * marks, and what a reference of that element could name. The fixes themselves run later, on a
 * fresh copy of the model.
 */
final class FixContext {

	private final Options options;
	private final Diagnostic diagnostic;
	private final IScopeProvider scopes;
	private final List<DiagnosticResolution> extraResolutions = new ArrayList<>();

	FixContext(Options options, Diagnostic diagnostic, IScopeProvider scopes) {
		this.options = options;
		this.diagnostic = diagnostic;
		this.scopes = scopes;
	}

	Options options() {
		return options;
	}

	Diagnostic diagnostic() {
		return diagnostic;
	}

	List<DiagnosticResolution> extraResolutions() {
		return extraResolutions;
	}

	/** The innermost element at the start of the diagnostic. */
	EObject element() {
		XtextResource resource = (XtextResource) options.getResource();
		int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
		return new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
	}

	/** The issue data, whether it came in-process (String[]) or through JSON (an array of strings). */
	List<String> data() {
		Object data = diagnostic.getData();
		List<String> values = new ArrayList<>();
		if (data instanceof String[] array) {
			values.addAll(List.of(array));
		} else if (data instanceof Iterable<?> iterable) {
			for (Object value : iterable) {
				String text = String.valueOf(value);
				values.add(text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text);
			}
		}
		return values;
	}

	/**
	 * What the reference of the context element may name, each element once under the shortest
	 * name that reaches it, optionally only those of one type, in name order.
	 */
	Map<String, IEObjectDescription> candidates(EObject context, EReference reference, EClass type) {
		Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
		for (IEObjectDescription candidate : scopes.getScope(context, reference).getAllElements()) {
			if (type != null && !type.isSuperTypeOf(candidate.getEClass())) {
				continue;
			}
			shortest.merge(candidate.getEObjectURI(), candidate,
					(a, b) -> a.getName().getSegmentCount() <= b.getName().getSegmentCount() ? a : b);
		}
		Map<String, IEObjectDescription> byName = new LinkedHashMap<>();
		shortest.values().stream().sorted(Comparator.comparing(d -> d.getName().toString()))
				.forEach(d -> byName.put(d.getName().toString(), d));
		return byName;
	}

	/** The shortest name under which the reference reaches the element with this qualified name, else the qualified name. */
	String shortestName(EObject context, EReference reference, String qualifiedName) {
		URI target = null;
		for (IEObjectDescription candidate : scopes.getScope(context, reference).getAllElements()) {
			if (candidate.getQualifiedName().toString().equals(qualifiedName) || candidate.getName().toString().equals(qualifiedName)) {
				target = candidate.getEObjectURI();
				break;
			}
		}
		if (target == null) {
			return qualifiedName;
		}
		for (Map.Entry<String, IEObjectDescription> entry : candidates(context, reference, null).entrySet()) {
			if (entry.getValue().getEObjectURI().equals(target)) {
				return entry.getKey();
			}
		}
		return qualifiedName;
	}
}
