package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import com.google.inject.Provider;

import journey.dsl.model.JourneyModel;

/** The bundled examples are what a new user opens first: they must be free of any diagnostic. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void everyExampleParsesAndLinksWithoutAnyDiagnostic() {
		List<Resource> resources = Examples.loadAll(resourceSets.get());
		assertTrue(resources.size() >= 5, "expected the five example files, found " + resources.size());
		for (Resource resource : resources) {
			List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
					.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			assertEquals("", issues.stream().map(Issue::toString).collect(Collectors.joining("\n")),
					resource.getURI().lastSegment() + " has diagnostics");
		}
	}

	@Test
	void theExamplesCoverTheFourRequiredStories() {
		List<Resource> resources = Examples.loadAll(resourceSets.get());
		List<String> journeys = resources.stream()
				.flatMap(r -> ((JourneyModel) r.getContents().get(0)).getJourneys().stream())
				.map(j -> j.getName() + ":" + j.getState().getLiteral() + ":" + j.getStages().size())
				.sorted().toList();
		assertEquals(List.of("BookRoundTrip:current:4", "BookRoundTrip:future:4", "BuyPlanningSoftware:current:7",
				"FirstOrder:current:5"), journeys);
	}
}
