package journey.tests.analytics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.tests.Examples;

/**
 * Finds the example journeys by qualified name, and loads small text-block models, for the
 * analytics tests: injected into each test, with a fresh resource set holding the examples.
 */
public final class ExampleJourneys {

	private final XtextResourceSet resourceSet;

	@Inject
	public ExampleJourneys(XtextResourceSet resourceSet) {
		this.resourceSet = resourceSet;
		Examples.loadAll(resourceSet);
	}

	/** The example journey with the given package and name, e.g. "travel.usa.BookRoundTrip". */
	public Journey get(String qualifiedName) {
		for (Resource resource : resourceSet.getResources()) {
			JourneyModel model = (JourneyModel) resource.getContents().get(0);
			for (Journey journey : model.getJourneys()) {
				if (qualifiedName.equals(model.getName() + "." + journey.getName())) {
					return journey;
				}
			}
		}
		throw new IllegalArgumentException("no example journey " + qualifiedName);
	}

	/** The first journey of a model given as text, loaded beside the examples so it may import the catalogue. */
	public Journey parse(String text) {
		Resource resource = resourceSet.createResource(URI.createURI("inline" + resourceSet.getResources().size() + ".journey"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException(resource.getErrors().toString());
		}
		return ((JourneyModel) resource.getContents().get(0)).getJourneys().get(0);
	}
}
