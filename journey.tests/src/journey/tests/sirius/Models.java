package journey.tests.sirius;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;

import com.google.inject.Inject;
import com.google.inject.Provider;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;

/** Parses journey texts together, so that cross-file references resolve, and finds elements in them by name. */
public class Models {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The model of the last text, parsed after the others into one resource set. */
	public JourneyModel parse(String... texts) {
		XtextResourceSet set = resourceSets.get();
		Resource last = null;
		for (int i = 0; i < texts.length; i++) {
			last = set.createResource(URI.createURI("inmemory:/sirius/file" + i + ".journey"));
			try {
				last.load(new StringInputStream(texts[i]), null);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			if (!last.getErrors().isEmpty()) {
				throw new IllegalArgumentException("text " + i + " does not parse: " + last.getErrors());
			}
		}
		EcoreUtil.resolveAll(set);
		return (JourneyModel) last.getContents().get(0);
	}

	/** The element of the type with the name, anywhere in the model's resource set. */
	public static <T extends NamedElement> T named(EObject anywhere, Class<T> type, String name) {
		for (Resource resource : anywhere.eResource().getResourceSet().getResources()) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (type.isInstance(element) && name.equals(((NamedElement) element).getName())) {
					return type.cast(element);
				}
			}
		}
		throw new IllegalArgumentException("no " + type.getSimpleName() + " named " + name);
	}
}
