package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import com.google.inject.Provider;

/**
 * Typing mistakes give a diagnostic at the right line and column, in words an analyst understands
 * (no parser jargon such as token names).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SyntaxErrorMessagesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static Stream<Arguments> mistakes() {
		return Stream.of(
				Arguments.of("a journey without a name", """
						journey {
						}
						""", 1, 9, "Missing a name before '{'."),
				Arguments.of("a journey that is never closed", """
						journey Trip {
							persona P
						""", 2, 11, "The file ends before journey Trip is complete: is a closing '}' missing?"),
				Arguments.of("a title without its closing quote", """
						persona P "The explorer
						""", 1, 11, "A text in double quotes is not closed: add the missing \" at its end."),
				Arguments.of("an unknown property in a touchpoint", """
						journey J { stage S { step T {
							touchpoint Page {
								colour "red"
							}
						} } }
						""", 3, 3, "'colour' is not allowed here in touchpoint Page. A touchpoint holds does, thinks, feels, key moment, when, at, desired outcome, evidence, with, owner, supported by, description, pain, success and kpi; its header line takes via."),
				Arguments.of("an emotion written as a word", """
						journey J { stage S { step T {
							feels terrible
						} } }
						""", 2, 8, "'terrible' is not allowed here in step T. A step holds does, thinks, feels, asks, at, key moment, description, touchpoint, pain, success, next, alternative, loop, repeat, referral and drops; its header line takes as and reached."),
				Arguments.of("a flow share without its percent sign", """
						journey J { stage S { step T {
							next T 40
						} } }
						""", 3, 1, "Missing '%' before '}' in flow."),
				Arguments.of("a date that does not exist", """
						journey J {
							kpi K nps {
								2026-02-30: 4
							}
						}
						""", 3, 3, "'2026-02-30' is not a calendar day: write it as year-month-day, such as 2026-03-31."),
				Arguments.of("a decimal funnel count", """
						journey J { stage S { step T reached 12.5 } }
						""", 1, 38, "'12.5' is not a count: a count of customers is a whole number, such as 12000."),
				Arguments.of("an unknown KPI kind", """
						journey J {
							kpi Happy happiness
						}
						""", 2, 12, "KPI Happy needs its kind here, before 'happiness': reach, impressions, brand-awareness, organic-traffic, paid-traffic, social-engagement, visits, leads or another (completion lists them all). A KPI holds description; its header line takes unit, target, actual, higher, lower and reviewed."),
				Arguments.of("an activity without its lane", """
						process P {
							activity A owner T
						}
						""", 2, 13, "Activity A needs its lane here, before 'owner': frontstage, backstage or support. An activity takes owner, performed by, uses, triggers and description."),
				Arguments.of("text outside any element", """
						hello world
						""", 1, 1, "'hello' is not allowed here: a file holds a package, imports, journeys and catalogue elements (persona, customer role, channel, team, department, role, person, system, process, scale)."),
				Arguments.of("a step directly in a journey", """
						journey J {
							step S
						}
						""", 2, 2, "'step' is not part of a journey (J): it belongs in a stage. A journey holds persona, state, version, planned as, baseline, scale, scope, question, goal, description, expects, buying group, kpi, group, stage, insight, opportunity and solution."),
				Arguments.of("a number where a name belongs", """
						channel 42 online
						""", 1, 9, "Expected a name but found '42'."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void aMistakeIsReportedWhereItIsWithAPlainMessage(String mistake, String text, int line, int column, String message)
			throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.createResource(URI.createURI("inmemory:/mistake.journey"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		assertFalse(resource.getErrors().isEmpty(), "no error for " + mistake);
		Diagnostic first = resource.getErrors().get(0);
		assertEquals(message, first.getMessage());
		assertEquals(line + ":" + column, first.getLine() + ":" + first.getColumn(), "position of the error");
	}
}
