package journey.tests.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.query.Ownership;
import journey.dsl.tests.JourneyInjectorProvider;

/** One rule says who answers for what, for the hover, the ownership matrix, the pages, the exports and the diagrams. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class OwnershipTest {

	@Inject
	private XtextResourceSet resourceSet;

	private static final String MODEL = """
			package p
			team Web
			team Ops
			person Ann in Ops
			process Site owner Web {
				activity Publish frontstage
				activity Host support owner Ann
			}
			journey J {
				stage S { step A {
					touchpoint Page { supported by Site.Publish, Site.Host }
					touchpoint Call { owner Ops supported by Site.Publish }
					touchpoint Lonely
				} }
			}
			""";

	@Test
	void aTouchpointWithoutOwnerCountsForTheOwnersOfTheActivitiesBehindIt() throws IOException {
		JourneyModel model = load();
		assertEquals(List.of("Web", "Ann"), names(Ownership.ownersOf(named(model, "Page"))));
		assertEquals(List.of("Ops"), names(Ownership.ownersOf(named(model, "Call"))), "its own owner wins");
		assertEquals(List.of(), names(Ownership.ownersOf(named(model, "Lonely"))));
		assertEquals(List.of("Web"), names(Ownership.ownersOf(named(model, "Publish"))), "an activity counts for its process's owner");
	}

	@Test
	void whatAPartyAnswersForFollowsTheSameRule() throws IOException {
		JourneyModel model = load();
		assertEquals(List.of("Page", "Publish", "Site"), names(Ownership.ownedBy((Party) named(model, "Web"), List.of(model))).stream().sorted().toList());
		assertEquals(List.of("Call"), names(Ownership.ownedBy((Party) named(model, "Ops"), List.of(model))));
	}

	private JourneyModel load() throws IOException {
		Resource resource = resourceSet.createResource(URI.createURI("ownership.journey"));
		resource.load(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), Map.of());
		EcoreUtil.resolveAll(resource);
		assertEquals(List.of(), resource.getErrors());
		return (JourneyModel) resource.getContents().get(0);
	}

	private static NamedElement named(JourneyModel model, String name) {
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof NamedElement named && name.equals(named.getName())) {
				return named;
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static List<String> names(java.util.Collection<? extends NamedElement> elements) {
		return elements.stream().map(NamedElement::getName).toList();
	}
}
