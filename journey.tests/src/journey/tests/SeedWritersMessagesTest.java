package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import journey.dsl.tests.JourneyInjectorProvider;

/**
 * The mistakes that analysts made when they wrote the seeds' journeys from the README alone (issue
 * 15): each message names what is allowed at that place, and after a syntax error the element it
 * cut off reports nothing else.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SeedWritersMessagesTest {

	private static final String CATALOGUE = """
			package cat
			persona Anna
			persona Bram
			channel Web online website
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	static Stream<Arguments> mistakes() {
		return Stream.of(
				Arguments.of("a stage's question written with 'question'", """
						stage Look {
							question "Which trips fit?"
							step Browse
						}
						""", "In a stage, questions are written with 'asks'; 'question' belongs in a journey. A stage holds goal, asks, outcome, takes,"
						+ " description, kpi and step."),
				Arguments.of("'with' on a step", """
						stage Look {
							step Browse {
								with Anna
							}
						}
						""", "'with' is not part of a step (Browse): it belongs in a touchpoint. A step holds does, thinks, feels, asks, at, key moment,"
						+ " description, touchpoint, pain, success, next, alternative, loop, repeat, referral and drops; its header line takes as and reached."),
				Arguments.of("a role that is not declared", """
						stage Look {
							step Browse as prospect
						}
						""", "'prospect' is not a customer role: write one of stranger, visitor, lead, customer, promoter, ambassador, or declare your own"
						+ " in the catalogue, such as: customer role prospect \"Prospect\"."),
				Arguments.of("an emotion with a fraction", """
						stage Look {
							step Browse {
								feels -1.5
							}
						}
						""", "'-1.5' is not an emotion: emotions are whole numbers on the journey's scale (-2 to 2 unless the journey names another 'scale'),"
						+ " such as -2, 0 or 1."),
				Arguments.of("a misspelt property", """
						stage Look {
							step Browse {
								thinkz "Where is the filter?"
							}
						}
						""", "'thinkz' is not allowed here in step Browse. Did you mean 'thinks'? A step holds does, thinks, feels, asks, at, key moment,"
						+ " description, touchpoint, pain, success, next, alternative, loop, repeat, referral and drops; its header line takes as and reached."),
				Arguments.of("a closing brace left out", """
						stage Look {
							step Browse {
								does "Browses"
						stage Book {
							step Pay
						}
						""", "'stage' is not part of a step (Browse): it belongs in a journey. Is a closing '}' missing before it? A step holds does, thinks,"
						+ " feels, asks, at, key moment, description, touchpoint, pain, success, next, alternative, loop, repeat, referral and drops;"
						+ " its header line takes as and reached."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void eachMistakeGetsOneMessageThatSaysWhatIsAllowedThere(String mistake, String stages, String message) throws IOException {
		List<Issue> errors = errors(journey("persona Anna\n" + stages));
		assertEquals(List.of(message), errors.stream().map(Issue::getMessage).toList(), mistake);
	}

	@Test
	void twoPersonasAreRefusedWithTheReasonOfOnePointOfView() throws IOException {
		List<Issue> errors = errors(journey("persona Anna, Bram\nstage Look {\n\tstep Browse\n}\n"));
		assertEquals(List.of("A journey has one persona: one point of view per journey (seed 004). Map the other persona's journey as a journey of its own."),
				errors.stream().map(Issue::getMessage).toList());
	}

	@Test
	void questionsOnAStepAndDurationRangesCanBeSaid() throws IOException {
		List<Issue> errors = errors(journey("""
				persona Anna
				stage Look {
					takes 2-3 weeks target 2 weeks
					step Browse {
						asks "Which trips fit?", "What does it cost?"
					}
				}
				"""));
		assertEquals(List.of(), errors);
	}

	@Test
	void aStrayWordGivesOneErrorAndNoWarningsOnWhatItCutOff() throws IOException {
		List<Issue> issues = issues(journey("""
				persona Anna
				stage Look {
					step Browse {
						does "Browses"
						oops
						touchpoint Page via Web
					}
					step Compare reached 10
					step Book reached 20
				}
				stage Pay {
				}
				"""));
		assertEquals(1, issues.size(), () -> issues.toString());
		assertTrue(issues.get(0).isSyntaxError(), () -> issues.toString());
	}

	@Test
	void anotherJourneyInTheSameFileIsStillChecked() throws IOException {
		List<Issue> issues = issues(journey("persona Anna\nstage Look {\n\tstep Browse {\n\t\toops\n\t}\n}\n") + """
				journey Other {
					persona Anna
					stage Empty {
					}
				}
				""");
		assertEquals(List.of("journey.stageWithoutSteps", "journey.stepCount", "journey.syntax"), issues.stream().map(Issue::getCode).sorted().toList());
	}

	private static String journey(String body) {
		return "package shop\nimport cat.*\njourney Trip {\n" + body.indent(1) + "}\n";
	}

	private List<Issue> errors(String text) throws IOException {
		return issues(text).stream().filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
	}

	private List<Issue> issues(String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource catalogue = set.createResource(URI.createURI("inmemory:/cat.journey"));
		catalogue.load(new ByteArrayInputStream(CATALOGUE.getBytes(StandardCharsets.UTF_8)), null);
		Resource resource = set.createResource(URI.createURI("inmemory:/trip.journey"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		EcoreUtil.resolveAll(set);
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)
				.stream().filter(issue -> !issue.getCode().equals("journey.stepCount") || text.contains("journey Other")).toList();
	}
}
