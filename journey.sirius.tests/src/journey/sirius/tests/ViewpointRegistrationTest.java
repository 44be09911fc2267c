package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.RepresentationDescription;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.junit.jupiter.api.Test;

import journey.sirius.JourneyViewpointIds;

/** Sirius finds the Journey viewpoint through journey.sirius's plugin.xml, as an installed Eclipse does. */
class ViewpointRegistrationTest {

	@Test
	void theRegistryHoldsTheJourneyViewpointWithItsFourRepresentations() {
		Viewpoint journey = ViewpointRegistry.getInstance().getViewpoints().stream()
				.filter(v -> JourneyViewpointIds.VIEWPOINT.equals(v.getName())).findFirst().orElseThrow();
		List<String> representations = journey.getOwnedRepresentations().stream().map(RepresentationDescription::getName).toList();
		assertEquals(List.of("JourneyMap", "ServiceBlueprint", "ImprovementBoard", "KpiTable"), representations);
	}
}
