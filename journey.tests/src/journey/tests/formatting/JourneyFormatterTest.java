package journey.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

import journey.dsl.model.JourneyModel;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.tests.Examples;
import journey.tests.FullModel;

/** The formatter writes the house layout of the examples, keeps comments and never changes a model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	@Inject
	private Provider<FormatterRequest> formatterRequests;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private ISerializer serializer;

	// ------------------------------------------------------------ one construct group at a time

	@Test
	void journeyHeaderPropertiesGoOneALineBelowTheHeader() {
		assertFormatted("""
				journey J "Trip" {persona P   state current version "1"
				planned as Other baseline Other scale S scope from "a" to "b" question "q" goal "g" description "d"}
				""", """
				journey J "Trip" {
					persona P
					state current
					version "1"
					planned as Other
					baseline Other
					scale S
					scope from "a" to "b"
					question "q"
					goal "g"
					description "d"
				}
				""");
	}

	@Test
	void aStageKeepsTakesAndTargetOnOneLineAndStagesStandApart() {
		assertFormatted("""
				journey J { stage A "a" { goal "g" asks "x" , "y" outcome partly "o"
				takes 10 days   target 14 days actual 1.5 weeks description "d" } stage B { } }
				""", """
				journey J {
					stage A "a" {
						goal "g"
						asks "x", "y"
						outcome partly "o"
						takes 10 days target 14 days actual 1.5 weeks
						description "d"
					}

					stage B {
					}
				}
				""");
	}

	@Test
	void aStepKeepsItsHeaderOnOneLineAndListsItsFlowsAndDropsBelow() {
		assertFormatted("""
				journey J { stage A { step S1 "s" as visitor reached 12000 { does "d" thinks "t" feels -2 "f" key moment
				next S2 40% because "r" loop S1 5% drops 55% because "gone" } step S2 "s2" as lead reached 4800 } }
				""", """
				journey J {
					stage A {
						step S1 "s" as visitor reached 12000 {
							does "d"
							thinks "t"
							feels -2 "f"
							key moment
							next S2 40% because "r"
							loop S1 5%
							drops 55% because "gone"
						}
						step S2 "s2" as lead reached 4800
					}
				}
				""");
	}

	@Test
	void aTouchpointBodyHasOnePropertyPerLineAndCommaLists() {
		assertFormatted("""
				journey J { stage A { step S { touchpoint T "t" via Web { does "d" thinks "t" feels 1 "f" key moment
				when "w" desired outcome "o" evidence "e1" ,"e2" with Ann,Bob owner Ann supported by P.A1 , P.A2
				description "d" pain NoFilters "nf" severity high frequency often reach 80%
				success Photos "p" { description "d" } kpi Ctr "c" ctr target 35% actual 38% } } } }
				""", """
				journey J {
					stage A {
						step S {
							touchpoint T "t" via Web {
								does "d"
								thinks "t"
								feels 1 "f"
								key moment
								when "w"
								desired outcome "o"
								evidence "e1", "e2"
								with Ann, Bob
								owner Ann
								supported by P.A1, P.A2
								description "d"
								pain NoFilters "nf" severity high frequency often reach 80%
								success Photos "p" {
									description "d"
								}
								kpi Ctr "c" ctr target 35% actual 38%
							}
						}
					}
				}
				""");
	}

	@Test
	void aKpiKeepsItsPropertiesOnTheHeaderLineAndListsMeasurementsAsDateColonValue() {
		assertFormatted("""
				journey J { kpi K "t" nps unit "points" target 30 actual 34 higher is better reviewed quarterly by Marketing {
				description "d" 2025-12-31 : 27 2026-03-31:34.5 2026-06-30 :-2 } }
				""", """
				journey J {
					kpi K "t" nps unit "points" target 30 actual 34 higher is better reviewed quarterly by Marketing {
						description "d"
						2025-12-31: 27
						2026-03-31: 34.5
						2026-06-30: -2
					}
				}
				""");
	}

	@Test
	void catalogueElementsOfOneKindStayTogetherAndDescriptionsGoOnAnIndentedLine() {
		assertFormatted("""
				package catalog persona Explorer "e" description "d" channel Web "w" online website channel Phone "p" offline phone
				department Digital "d" team WebTeam "w" part of Digital role Webmaster "wm" part of WebTeam description "vacant"
				person Ines "i" is "Head" in WebTeam stakeholder process-owner system Cms "c" owner WebTeam
				""", """
				package catalog

				persona Explorer "e"
					description "d"

				channel Web "w" online website
				channel Phone "p" offline phone

				department Digital "d"
				team WebTeam "w" part of Digital
				role Webmaster "wm" part of WebTeam
					description "vacant"

				person Ines "i" is "Head" in WebTeam stakeholder process-owner

				system Cms "c" owner WebTeam
				""");
	}

	@Test
	void aProcessListsOneActivityPerLineWithItsInlineProperties() {
		assertFormatted("""
				process P "p" owner Sales { activity A "a" frontstage owner Sales performed by Sales , Ann uses Crm
				activity B "b" backstage owner Finance triggers A } process Q "q" owner Sales { }
				""", """
				process P "p" owner Sales {
					activity A "a" frontstage owner Sales performed by Sales, Ann uses Crm
					activity B "b" backstage owner Finance triggers A
				}
				process Q "q" owner Sales {
				}
				""");
	}

	@Test
	void anEmotionScaleListsOneLevelPerLine() {
		assertFormatted("""
				scale Seven "s" from -3 to 3 {-3 "furious" 0 "neutral"   3 "delighted"}
				""", """
				scale Seven "s" from -3 to 3 {
					-3 "furious"
					0 "neutral"
					3 "delighted"
				}
				""");
	}

	@Test
	void insightOpportunityAndSolutionBodiesHaveOnePropertyPerLine() {
		assertFormatted("""
				journey J { insight I "i" from call-centre-logs { about T1 , T2 related to I2 description "d" }
				opportunity O "o" is bottleneck { from I relieves P customer value high business value medium effort low }
				solution S "s" { status in-progress kind feature addresses O owner Ann stakeholders Ann,Bob
				measured by K1, K2 changes P1 description "d" } }
				""", """
				journey J {
					insight I "i" from call-centre-logs {
						about T1, T2
						related to I2
						description "d"
					}
					opportunity O "o" is bottleneck {
						from I
						relieves P
						customer value high
						business value medium
						effort low
					}
					solution S "s" {
						status in-progress
						kind feature
						addresses O
						owner Ann
						stakeholders Ann, Bob
						measured by K1, K2
						changes P1
						description "d"
					}
				}
				""");
	}

	@Test
	void numbersAndQualifiedNamesLoseTheSpacesInsideThem() {
		assertFormatted("""
				package travel . usa
				journey J { stage A { step S { feels - 2 touchpoint T { supported by P . A1 kpi K ctr target 4 . 25 actual 40 % }
				next S 3 . 5 % } } }
				""", """
				package travel.usa

				journey J {
					stage A {
						step S {
							feels -2
							touchpoint T {
								supported by P.A1
								kpi K ctr target 4.25 actual 40%
							}
							next S 3.5%
						}
					}
				}
				""");
	}

	@Test
	void blankLinesTheAuthorLeftAreKeptButNeverDoubled() {
		assertFormatted("""
				journey J {
					goal "g"



					expects "e"
					expects "f"
				}
				""", """
				journey J {
					goal "g"

					expects "e"
					expects "f"
				}
				""");
	}

	// ------------------------------------------------------------ whole files

	@Test
	void aBadlyLaidOutFileGetsTheHouseLayout() {
		assertFormatted("""
				   package   travel.usa   import catalog.*   persona P "p"
				channel Web "w" online website    journey J "j" {  persona P state current
				      goal "g"      expects "e" within 3 hours kpi Nps "n" nps target 30 actual 34 { 2026-01-31 : 38 }
				        stage S1 "s1" {   goal "g1"
				  takes 10 days target 14 days step A "a" as visitor reached 100 { feels -1 touchpoint T "t" via Web {
				   pain P1 "p" severity high } next B 40% drops 60% } step B "b" }   stage S2 { step C }
				 insight I "i" from survey { about T } }
				""", """
				package travel.usa
				import catalog.*

				persona P "p"

				channel Web "w" online website

				journey J "j" {
					persona P
					state current
					goal "g"
					expects "e" within 3 hours
					kpi Nps "n" nps target 30 actual 34 {
						2026-01-31: 38
					}

					stage S1 "s1" {
						goal "g1"
						takes 10 days target 14 days
						step A "a" as visitor reached 100 {
							feels -1
							touchpoint T "t" via Web {
								pain P1 "p" severity high
							}
							next B 40%
							drops 60%
						}
						step B "b"
					}

					stage S2 {
						step C
					}

					insight I "i" from survey {
						about T
					}
				}
				""");
	}

	@Test
	void lineAndBlockCommentsAreKeptWhereTheyStand() {
		assertFormatted("""
				// What this file is about.
				/* A block
				 * comment. */
				package demo // the package
				import catalog.*

				// The persona.
				persona P "p" /* inline */ description "d"

				journey J "j" { // opens the journey
					// first line of the body
					persona P
					   /* an indented block */
					goal "g" // trailing
					stage S1 {
						step A "a" /* between */ as visitor
						// last line of the body
					}
					// between the stages

					stage S2 {
					}
				}
				// at the end
				""", """
				// What this file is about.
				/* A block
				 * comment. */
				package demo // the package
				import catalog.*

				// The persona.
				persona P "p" /* inline */
					description "d"

				journey J "j" { // opens the journey
					// first line of the body
					persona P
					/* an indented block */
					goal "g" // trailing

					stage S1 {
						step A "a" /* between */ as visitor
						// last line of the body
					}

					// between the stages
					stage S2 {
					}
				}
				// at the end
				""");
	}

	static List<Path> examples() {
		return Examples.files();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleIsAlreadyInTheHouseLayout(Path example) {
		assertEquals(Examples.read(example), format(Examples.read(example)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void aReindentedExampleFormatsBackToTheOriginal(Path example) {
		assertEquals(Examples.read(example), format(reindented(Examples.read(example))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void formattingTwiceGivesTheSameTextAsFormattingOnce(Path example) {
		for (String text : List.of(Examples.read(example), reindented(Examples.read(example)))) {
			String once = format(text);
			assertEquals(once, format(once));
		}
	}

	@Test
	void formattingNeverChangesTheModelOfAnyExample() throws IOException {
		List<Resource> originals = Examples.loadAll(resourceSets.get());
		List<Resource> formatted = reparseAll(originals, original -> format(reindented(text(original))));
		for (int i = 0; i < originals.size(); i++) {
			String name = originals.get(i).getURI().lastSegment();
			assertEquals(List.of(), formatted.get(i).getErrors(), name);
			assertTrue(EcoreUtil.equals(originals.get(i).getContents().get(0), formatted.get(i).getContents().get(0)),
					name + " changed when formatted");
		}
	}

	@Test
	void aModelBuiltInCodeIsSavedInTheHouseLayoutAndReadsBackUnchanged() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = resourceSet.createResource(URI.createURI("inmemory:/full/full.journey"));
		JourneyModel model = FullModel.build();
		resource.getContents().add(model);

		String text = serializer.serialize(model, SaveOptions.newBuilder().format().getOptions());

		assertEquals(text, format(text), "the saved text is not in the house layout");
		assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), "the text ends with one line break");
		assertTrue(text.lines().noneMatch(line -> line.endsWith(" ") || line.endsWith("\t")), "trailing whitespace");
		assertTrue(text.lines().noneMatch(line -> line.startsWith(" ")), "indentation is by tabs");
		assertTrue(text.contains("""

				journey Trip "The actual trip" {
					persona Explorer
				"""), text);
		assertTrue(text.contains("""
						step Search "Searches" as visitor reached 12000 {
							does "Browses"
				"""), text);
		assertTrue(text.contains("""
							next Compare 40% because "Found something"
							alternative Compare 5%
							drops 55% because "Gave up"
						}
				"""), text);
		assertTrue(text.contains("""
					kpi Nps "Nps title" nps unit "points" target 40 actual 42.5 higher is better reviewed weekly by WebTeam {
						description "Nps description"
						2026-01-31: 38
						2026-02-28: 42.5 from "Monthly analytics export"
					}
				"""), text);
		assertTrue(text.contains("""
				persona Explorer "The explorer"
					description "Plans one big trip a year"
				"""), text);
		assertTrue(text.contains("""
				scale Seven "Seven points" from -3 to 3
					description "A wider scale" {
					-3 "furious"
					3 "delighted"
				}
				"""), text);

		Resource reparsed = parse(resourceSets.get(), resource.getURI(), text);
		EcoreUtil.resolveAll(reparsed);
		assertEquals(List.of(), reparsed.getErrors(), text);
		assertTrue(EcoreUtil.equals(model, reparsed.getContents().get(0)), () -> "the reparsed model differs:\n" + text);
	}

	// ------------------------------------------------------------ helpers

	/** Formats the text both through its node model and through the serializer; every gap must be formatted. */
	private void assertFormatted(String before, String after) {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(before);
			request.setExpectation(after);
			request.setAllowUnformattedWhitespace(false);
		});
	}

	private String format(String text) {
		try {
			return format((XtextResource) parse(resourceSets.get(), URI.createURI("inmemory:/format/a.journey"), text));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private String format(XtextResource resource) {
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = formatterRequests.get();
		request.setTextRegionAccess(regions);
		return regions.getRewriter().renderToString(formatters.get().format(request));
	}

	/** The text with every line's indentation replaced by a few spaces, a different number on each line. */
	private static String reindented(String text) {
		String[] lines = text.split("\n", -1);
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			result.append(i == 0 ? "" : "\n").append(" ".repeat(i % 5)).append(lines[i].strip());
		}
		return result.toString();
	}

	private static String text(Resource resource) {
		return ((XtextResource) resource).getParseResult().getRootNode().getText();
	}

	/** Parses each original's new text into one fresh resource set, so cross-file references resolve. */
	private List<Resource> reparseAll(List<Resource> originals, Function<Resource, String> newText) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		List<Resource> reparsed = new ArrayList<>();
		for (Resource original : originals) {
			reparsed.add(parse(resourceSet, original.getURI(), newText.apply(original)));
		}
		EcoreUtil.resolveAll(resourceSet);
		return reparsed;
	}

	private static Resource parse(XtextResourceSet resourceSet, URI uri, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return resource;
	}
}
