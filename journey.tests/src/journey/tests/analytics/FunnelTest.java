package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.Funnel;
import journey.dsl.model.FlowKind;
import journey.dsl.tests.JourneyInjectorProvider;

/** The funnel gives each step's conversion from the steps leading to it, its drop-outs, and the customers on each branch. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class FunnelTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void conversionIsTheReachedCountOverThePreviousStepsCount() {
		// Checked by hand: round-trip.journey, SearchTrips reached 12000, CompareTrips 4800 → 40% conversion;
		// BookTrip 720 of CompareTrips' 4800 → 15%, and 720 of the 12000 who entered → 6%.
		Funnel funnel = Funnel.of(examples.get("travel.usa.BookRoundTrip"));
		Funnel.StepRow compare = funnel.steps().get(1);
		assertEquals(0.4, compare.conversion());
		Funnel.StepRow book = funnel.steps().get(2);
		assertEquals(0.15, book.conversion());
		assertEquals(0.06, book.ofEntry());
	}

	@Test
	void theEntryStepHasNoConversionEvenWhenALoopLeadsBackToIt() {
		// CompareTrips loops back to SearchTrips 25%: those customers were already counted when they entered.
		Funnel.StepRow search = Funnel.of(examples.get("travel.usa.BookRoundTrip")).steps().get(0);
		assertEquals(List.of(), search.from());
		assertNull(search.conversion());
		assertEquals(1.0, search.ofEntry());
	}

	@Test
	void aStepWithSeveralPredecessorsConvertsFromAllOfThem() {
		// Checked by hand: webshop.journey, Reorder reached 1050 from ReceiveOrder (3000) and AskService (600):
		// 1050 / 3600 = 29.2%. The branches explain it: 30% of 3000 = 900 plus 25% of 600 = 150.
		Funnel funnel = Funnel.of(examples.get("webshop.FirstOrder"));
		Funnel.StepRow reorder = funnel.steps().get(7);
		assertEquals("Reorder", reorder.step().getName());
		assertEquals(3600L, reorder.fromReached());
		assertEquals(1050.0 / 3600, reorder.conversion(), 1e-9);
		List<Long> into = funnel.branches().stream().filter(b -> b.to() == reorder.step()).map(Funnel.Branch::customers).toList();
		assertEquals(List.of(900L, 150L), into);
	}

	@Test
	void dropOutsAreCountedFromTheDeclaredShare() {
		// Checked by hand: webshop.journey, AddToCart reached 6000 and "drops 50%" → 3000 drop out, because of shipping costs.
		Funnel.StepRow cart = Funnel.of(examples.get("webshop.FirstOrder")).steps().get(3);
		assertEquals(3000L, cart.dropped());
		assertEquals("Surprised by shipping costs", cart.dropReason());
	}

	@Test
	void everyFlowIsABranchAndAStepWithoutFlowsGoesOnToTheNext() {
		Funnel funnel = Funnel.of(examples.parse("""
				journey J { stage S {
					step A reached 100 { next B 70% drops 30% }
					step B reached 70
					step C reached 70
				} }
				"""));
		List<String> branches = funnel.branches().stream()
				.map(b -> b.from().getName() + " " + b.kind().getLiteral() + " " + (b.to() == null ? "-" : b.to().getName()) + " " + b.customers())
				.toList();
		assertEquals(List.of("A next B 70", "A dropout - 30", "B next C null"), branches);
		assertEquals(FlowKind.NEXT, funnel.branches().get(2).kind());
		assertEquals(1.0, funnel.steps().get(2).conversion());
	}

	@Test
	void everyoneWhoDoesNotDropOutContinuesIncludingThoseWhoLoopBack() {
		// Checked by hand: A sends 50% on, 20% elsewhere and 10% back to itself, so 80% continue and 20% drop out;
		// B declares no shares, so nothing is known about who continues.
		Funnel funnel = Funnel.of(examples.parse("""
				journey J { stage S {
					step A reached 100 { next B 50% alternative C 20% loop A 10% drops 20% because "Too slow" }
					step B reached 50 { next C }
					step C reached 70
				} }
				"""));
		Funnel.StepRow a = funnel.steps().get(0);
		assertEquals(0, new BigDecimal("80").compareTo(a.continueShare()), a.continueShare() + "%");
		assertEquals(0, new BigDecimal("20").compareTo(a.dropShare()), a.dropShare() + "%");
		assertEquals("Too slow", a.dropReason());
		assertNull(funnel.steps().get(1).continueShare());
		assertNull(funnel.steps().get(2).continueShare());
	}
}
