package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.OwnershipMatrix;
import journey.dsl.model.Journey;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.tests.JourneyInjectorProvider;

/** The ownership matrix counts, per team and stage, the touchpoints the team is behind, and lists the unowned ones. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class OwnershipMatrixTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void aTouchpointCountsOnceForEachTeamBehindIt() {
		// Checked by hand: round-trip.journey, Orientation has TourPage (PublishTours: WebTeam, TagTrips: TripPlanning),
		// TripDetails (PublishTours: WebTeam) and AdviceCall (AdviseCustomer: Sales) → WebTeam 2, TripPlanning 1, Sales 1.
		Journey journey = examples.get("travel.usa.BookRoundTrip");
		OwnershipMatrix matrix = OwnershipMatrix.of(journey);
		Stage orientation = journey.getStages().get(0);
		assertEquals(List.of("WebTeam", "TripPlanning", "Sales", "Marketing"), matrix.teams().stream().map(Party::getName).toList());
		assertEquals(List.of(2, 1, 1, 0), matrix.teams().stream().map(t -> matrix.count(t, orientation)).toList());
	}

	@Test
	void aPersonCountsForTheirTeam() {
		// Checked by hand: round-trip.journey, PreTripInfo is supported by ComposeRoute, owned by Ines, who is in TripPlanning;
		// so TripPlanning is behind TourPage and PreTripInfo: 2 in total.
		Journey journey = examples.get("travel.usa.BookRoundTrip");
		OwnershipMatrix matrix = OwnershipMatrix.of(journey);
		Party tripPlanning = matrix.teams().get(1);
		assertEquals(1, matrix.count(tripPlanning, journey.getStages().get(2)));
		assertEquals(2, matrix.total(tripPlanning));
	}

	@Test
	void aTouchpointWithoutOwnerOrOwnedActivityIsUnowned() {
		OwnershipMatrix matrix = OwnershipMatrix.of(examples.parse("""
				team T
				process P { activity A frontstage }
				journey J { stage S { step One {
					touchpoint Owned { owner T }
					touchpoint Orphan { supported by P.A }
				} } }
				"""));
		assertEquals(List.of("Orphan"), matrix.unowned().stream().map(u -> u.touchpoint().getName()).toList());
		assertEquals(1, matrix.total(matrix.teams().get(0)));
	}

	@Test
	void theExamplesHaveNoUnownedTouchpointsButTheGapTheB2bMapShowsOnPurpose() {
		for (String name : List.of("travel.usa.BookRoundTrip", "travel.usa.future.BookRoundTrip", "webshop.FirstOrder")) {
			assertEquals(List.of(), OwnershipMatrix.of(examples.get(name)).unowned(), name);
		}
		assertEquals(List.of("Loyalty.UserGroupTips"), OwnershipMatrix.of(examples.get("b2b.BuyPlanningSoftware")).unowned().stream()
				.map(u -> u.stage().getName() + "." + u.touchpoint().getName()).toList());
	}
}
