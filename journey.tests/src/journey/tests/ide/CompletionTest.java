package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion in a journey file: references from the whole workspace, KPI kinds, emotions, roles, keywords and snippets. */
class CompletionTest {

	@TempDir
	Path root;

	private List<CompletionItem> complete(String journey) {
		return LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, "shop.journey", journey))
				.completion("shop.journey");
	}

	/** label → detail of every proposal, for assertions that read like the completion list. */
	private static String detailOf(List<CompletionItem> items, String label) {
		return items.stream().filter(item -> item.getLabel().equals(label)).map(CompletionItem::getDetail).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not proposed; got " + items.stream().map(CompletionItem::getLabel).toList()));
	}

	private static List<String> labels(List<CompletionItem> items) {
		return items.stream().map(CompletionItem::getLabel).toList();
	}

	@Test
	void channelsFromTheCatalogueFileAreProposedWithTheirTitles() {
		List<CompletionItem> items = complete("""
				package shop
				import catalog.*
				journey Buy { stage Look { step Browse { touchpoint Home via <|> } } }
				""");
		assertEquals("Agency website (Channel)", detailOf(items, "Website"));
		assertEquals("Phone (Channel)", detailOf(items, "Phone"));
		assertEquals("Agency website (Channel)", detailOf(items, "catalog.Website"));
		assertTrue(labels(items).stream().noneMatch(label -> label.contains("WebTeam")), labels(items).toString());
	}

	@Test
	void activitiesAreProposedAsProcessDotActivity() {
		List<CompletionItem> items = complete("""
				package shop
				import catalog.*
				journey Buy { stage Look { step Browse { touchpoint Home via Website { supported by <|> } } } }
				""");
		assertEquals("Publish tour pages (Activity)", detailOf(items, "MaintainSite.PublishTours"));
		assertEquals("Host the website (Activity)", detailOf(items, "MaintainSite.HostSite"));
	}

	@Test
	void teamsAndPeopleAreProposedAsOwners() {
		List<CompletionItem> items = complete("""
				package shop
				import catalog.*
				journey Buy { stage Look { step Browse { touchpoint Home via Website { owner <|> } } } }
				""");
		assertEquals("Web team (Team)", detailOf(items, "WebTeam"));
		assertEquals("Ines Bakker (Person)", detailOf(items, "Ines"));
	}

	@Test
	void personasAreProposedForTheJourney() {
		List<CompletionItem> items = complete("""
				package shop
				import catalog.*
				journey Buy { persona <|> }
				""");
		assertEquals("Explorer, 34 (Persona)", detailOf(items, "Explorer"));
	}

	@Test
	void kpiKindsShowTheirMeaningUnitAndRange() {
		List<CompletionItem> items = complete("""
				journey Buy { kpi Ctr "Tour page CTR" <|> }
				""");
		assertEquals("Click-through rate (unit %, 0 to 100)", detailOf(items, "ctr"));
		assertEquals("Customer satisfaction (CSAT) (unit score, 1 to 5)", detailOf(items, "csat"));
		assertEquals("Net Promoter Score (NPS) (unit score, -100 to 100)", detailOf(items, "nps"));
		assertEquals("Average resolution time (unit h, at least 0)", detailOf(items, "resolution-time"));
		assertEquals("Custom measure (own unit, any value)", detailOf(items, "custom"));
	}

	@Test
	void emotionsAreProposedWithTheLabelsOfTheDefaultScale() {
		List<CompletionItem> items = complete("""
				journey Buy { stage Look { step Browse { feels <|> } } }
				""");
		assertEquals("emotion: very negative", detailOf(items, "-2"));
		assertEquals("emotion: negative", detailOf(items, "-1"));
		assertEquals("emotion: neutral", detailOf(items, "0"));
		assertEquals("emotion: positive", detailOf(items, "1"));
		assertEquals("emotion: very positive", detailOf(items, "2"));
		// a client lists them by sort text: in scale order, not text order (-1 before -2)
		List<String> emotions = items.stream().filter(item -> item.getDetail() != null && item.getDetail().startsWith("emotion"))
				.sorted(java.util.Comparator.comparing(CompletionItem::getSortText)).map(CompletionItem::getLabel).toList();
		assertEquals(List.of("-2", "-1", "0", "1", "2"), emotions);
	}

	@Test
	void aJourneyWithAScaleGetsTheLevelsOfThatScale() {
		List<CompletionItem> items = complete("""
				package shop
				scale Seven "Seven points" from 1 to 7 {
					1 "furious"
					4 "indifferent"
					7 "delighted"
				}
				journey Buy { scale Seven stage Look { step Browse { touchpoint Home { feels <|> } } } }
				""");
		assertEquals("emotion: furious", detailOf(items, "1"));
		assertEquals("emotion", detailOf(items, "2"));
		assertEquals("emotion: delighted", detailOf(items, "7"));
		assertTrue(labels(items).stream().noneMatch(label -> label.equals("-2") || label.equals("0")), labels(items).toString());
	}

	@Test
	void customerRolesAreProposedWithWhatTheyMean() {
		List<CompletionItem> items = complete("""
				journey Buy { stage Look { step Browse as <|> } }
				""");
		assertEquals("customer role: has found the company, is looking around", detailOf(items, "visitor"));
		assertEquals("customer role: has bought", detailOf(items, "customer"));
	}

	@Test
	void customerRolesOfOnesOwnAreProposedBesideTheBuiltInOnes() {
		List<CompletionItem> items = complete("""
				customer role Subscriber "Subscriber"
				journey Buy { stage Look { step Browse as <|> } }
				""");
		assertTrue(labels(items).containsAll(List.of("Subscriber", "visitor", "ambassador")), labels(items).toString());
	}

	@Test
	void ownersAreTheCompanysPeopleNeverTheCustomersBuyingGroup() {
		List<String> labels = labels(complete("""
				journey Buy { buying group { member Anna role decider } stage Look { step Browse { touchpoint Home via Website { owner <|> } } } }
				"""));
		assertTrue(labels.containsAll(List.of("catalog.Sales", "catalog.Ines")), labels.toString());
		assertTrue(labels.stream().noneMatch(label -> label.endsWith("Anna")), labels.toString());
		List<String> with = labels(complete("""
				journey Buy { buying group { member Anna role decider } stage Look { step Browse { touchpoint Home via Website { with <|> } } } }
				"""));
		assertTrue(with.containsAll(List.of("Anna", "catalog.Ines")), with.toString());
	}

	@Test
	void buyingRolesAreProposedWithWhatTheyMean() {
		List<CompletionItem> items = complete("""
				journey Buy { buying group { member Anna role <|> } }
				""");
		assertEquals("buying role: takes the decision", detailOf(items, "decider"));
		assertEquals("buying role: controls information and access to the deciders", detailOf(items, "gatekeeper"));
	}

	@Test
	void aTimingProposesTheStepsAndTouchpointsOfTheJourneyAsItsAnchor() {
		List<String> labels = labels(complete("""
				journey Buy { stage Look { step Browse { touchpoint Home via Website } step Book { at 2 days after <|> } } }
				"""));
		assertTrue(labels.containsAll(List.of("Browse", "Home", "Book")), labels.toString());
	}

	@Test
	void theKeywordsOfAStepBodyIncludeQuestionsAndTiming() {
		List<String> labels = labels(complete("""
				journey Buy { stage Look { step Browse { <|> } } }
				"""));
		assertTrue(labels.containsAll(List.of("asks", "at", "does", "touchpoint", "repeat", "referral")), labels.toString());
	}

	@Test
	void theKeywordsOfAStageBodyAreProposed() {
		List<String> labels = labels(complete("""
				journey Buy { stage Look { <|> } }
				"""));
		assertTrue(labels.containsAll(List.of("goal", "asks", "outcome", "takes", "description", "kpi", "step", "}")), labels.toString());
	}

	@Test
	void snippetsForTheMainElementsHavePlaceholders() {
		List<CompletionItem> items = complete("""
				journey Buy {
					stage Look {
						<|>
					}
				}
				""");
		CompletionItem step = items.stream()
				.filter(item -> item.getKind() == CompletionItemKind.Snippet && item.getLabel().equals("step")).findFirst()
				.orElseThrow(() -> new AssertionError("no step snippet in " + labels(items)));
		assertEquals(InsertTextFormat.Snippet, step.getInsertTextFormat());
		// the body is indented one level deeper than the line the snippet is inserted on
		assertEquals(String.join("\n",
				"step ${1:Name} \"${2:Title}\" as ${3:visitor} {",
				"\t\t\tdoes \"${4:Action}\"",
				"\t\t\tfeels ${5:0} \"${6:Feeling}\"",
				"\t\t\t$0",
				"\t\t}"), step.getTextEdit().getLeft().getNewText());
	}

	@Test
	void snippetsForJourneyAndProcessAreOfferedAtTheTopLevel() {
		List<CompletionItem> topLevel = complete("""
				package shop
				<|>
				""");
		List<String> snippets = topLevel.stream().filter(item -> item.getKind() == CompletionItemKind.Snippet)
				.map(CompletionItem::getLabel).toList();
		assertTrue(snippets.containsAll(List.of("journey", "process")), snippets.toString());
	}

	@Test
	void snippetsForStageKpiAndSolutionAreOfferedInsideAJourney() {
		List<CompletionItem> items = LspTestClient.start(root, Map.of(
				"a.journey", "journey A { <|> }",
				"b.journey", "journey B { stage S { step T { <|> } } }")).completion("a.journey");
		List<String> snippets = items.stream().filter(item -> item.getKind() == CompletionItemKind.Snippet)
				.map(CompletionItem::getLabel).toList();
		assertTrue(snippets.containsAll(List.of("stage", "kpi", "solution")), snippets.toString());
	}

	@Test
	void aTouchpointSnippetIsOfferedInsideAStep() {
		List<CompletionItem> items = complete("journey B { stage S { step T { <|> } } }");
		List<String> snippets = items.stream().filter(item -> item.getKind() == CompletionItemKind.Snippet)
				.map(CompletionItem::getLabel).toList();
		assertTrue(snippets.contains("touchpoint"), snippets.toString());
	}

	@Test
	void afterAnUnknownWordInAStageTheKeywordsOfAStageAreProposed() {
		List<String> labels = labels(complete("""
				journey Buy {
					stage Look {
						stpe <|>
					}
				}
				"""));
		assertTrue(labels.containsAll(List.of("step", "goal", "asks", "takes", "kpi", "}")), labels.toString());
	}

	@Test
	void afterAnUnknownWordOnItsOwnLineTheKeywordsOfAJourneyAreProposed() {
		List<String> labels = labels(complete("""
				journey Buy {
					sate current
					<|>
				}
				"""));
		assertTrue(labels.containsAll(List.of("state", "persona", "stage", "goal", "}")), labels.toString());
	}

	@Test
	void afterTwoUnknownWordsTheKeywordsBeforeThemAreProposed() {
		List<String> labels = labels(complete("""
				journey Buy {
					stage Look {
						nice words <|>
					}
				}
				"""));
		assertTrue(labels.containsAll(List.of("step", "goal")), labels.toString());
	}

	@Test
	void anUnknownWordAtTheCursorIsReplacedByTheChosenKeyword() {
		List<CompletionItem> items = complete("""
				journey Buy {
					stage Look {
						xyzzy<|>
					}
				}
				""");
		CompletionItem goal = items.stream().filter(item -> item.getLabel().equals("goal")).findFirst()
				.orElseThrow(() -> new AssertionError("goal not proposed; got " + labels(items)));
		Range replaced = goal.getTextEdit().getLeft().getRange();
		assertEquals(new Range(new Position(2, 2), new Position(2, 7)), replaced);
	}

	@Test
	void aKeywordWithTwoLettersSwappedIsStillProposed() {
		List<CompletionItem> items = complete("""
				journey Buy {
					stage Look {
						stpe<|>
					}
				}
				""");
		CompletionItem step = items.stream().filter(item -> item.getLabel().equals("step") && item.getKind() == CompletionItemKind.Keyword)
				.findFirst().orElseThrow(() -> new AssertionError("step not proposed; got " + labels(items)));
		assertEquals(new Range(new Position(2, 2), new Position(2, 6)), step.getTextEdit().getLeft().getRange());
	}

	@Test
	void aMisspeltPersonaFindsThePersonaOneLetterAway() {
		List<CompletionItem> items = complete("""
				package shop
				import catalog.*
				journey Buy {
					persona Explorr<|>
				}
				""");
		assertEquals("Explorer, 34 (Persona)", detailOf(items, "Explorer"));
	}

	@Test
	void wordsInACommentGetNoKeywordsEvenInABrokenFile() {
		List<String> labels = labels(complete("""
				journey Buy {
					stage Look {
						stpe
						// a note about the words <|>
					}
				}
				"""));
		assertEquals(List.of(), labels);
	}
}
