package journey.tests.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.model.Journey;
import journey.dsl.tests.JourneyInjectorProvider;

/** All figures of a journey come together in one pass each, fast enough for a 1,000-step journey. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyAnalyticsTest {

	@Inject
	private ExampleJourneys examples;

	@Test
	void aThousandStepJourneyIsAnalysedInWellUnderASecond() {
		StringBuilder text = new StringBuilder("team T\nprocess P owner T { activity A frontstage }\njourney Long {\n");
		for (int stage = 0; stage < 100; stage++) {
			text.append("stage S").append(stage).append(" {\n");
			for (int i = 0; i < 10; i++) {
				int n = stage * 10 + i;
				text.append("step N").append(n).append(" reached ").append(100_000 - n * 10).append(" { feels ").append(n % 5 - 2)
						.append(" touchpoint T").append(n).append(" { supported by P.A pain X").append(n).append(" severity high")
						.append(" kpi K").append(n).append(" ctr target 10% actual 12% }");
				if (n < 999) {
					text.append(" next N").append(n + 1).append(" 99%");
				}
				text.append(" }\n");
			}
			text.append("}\n");
		}
		Journey journey = examples.parse(text.append("}\n").toString());
		long start = System.nanoTime();
		JourneyAnalytics analytics = JourneyAnalytics.of(journey);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(1000, analytics.funnel().steps().size());
		assertEquals(1000, analytics.painPoints().ranked().size());
		assertEquals(1000, analytics.ownership().total(analytics.ownership().teams().get(0)));
		assertEquals(1000, analytics.evidence().covered().size());
		assertTrue(millis < 1000, "took " + millis + " ms");
	}
}
