package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import journey.dsl.validation.JourneyIssueCodes;

/**
 * Quick fixes as LSP code actions, one test per issue code: the offered labels and the text after
 * applying one. A fix changes the model and is written as a diagram save writes it: the layout
 * around stays, new clauses and elements are laid out by the formatter.
 */
class QuickfixTest {

	@TempDir
	Path root;

	private LspTestClient ls;

	private static final String FILE = "shop.journey";

	private List<CodeAction> actionsFor(String journey, String code) {
		return actionsFor(journey, code, "");
	}

	/** The code actions for the first diagnostic with the code whose message contains the text. */
	private List<CodeAction> actionsFor(String journey, String code, String messagePart) {
		ls = LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, FILE, journey));
		Diagnostic diagnostic = ls.diagnostics(FILE).stream()
				.filter(d -> code.equals(d.getCode().getLeft()) && d.getMessage().getLeft().contains(messagePart)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + ls.diagnostics(FILE).stream().map(Diagnostic::getMessage).toList()));
		return ls.codeActions(FILE, diagnostic);
	}

	private static List<String> labels(List<CodeAction> actions) {
		return actions.stream().map(CodeAction::getTitle).toList();
	}

	private Map<String, String> apply(List<CodeAction> actions, String title) {
		CodeAction action = actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError(title + " not in " + labels(actions)));
		return ls.apply(action.getEdit());
	}

	private static String journey(String body) {
		return "package shop\nimport catalog.*\njourney Buy {\n\tpersona Explorer\n" + body + "}\n";
	}

	@Test
	void aTouchpointWithoutChannelGetsOneFixPerKnownChannel() {
		String text = journey("\tstage Look { step Browse { touchpoint Home \"Home page\" { feels 1 } } }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.MISSING_CHANNEL);
		assertEquals(List.of("Add channel Phone (Phone)", "Add channel Website (Agency website)"), labels(actions));
		assertEquals(text.replace("\"Home page\"", "\"Home page\" via Website"), apply(actions, "Add channel Website (Agency website)").get(FILE));
	}

	@Test
	void aProcessWithoutOwnerGetsOneFixPerKnownTeam() {
		String text = "package shop\nimport catalog.*\nprocess Ship \"Ship parcels\" {\n\tactivity Pack backstage\n}\n";
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.MISSING_OWNER);
		assertEquals(List.of("Set owner Sales (Sales)", "Set owner WebTeam (Web team)"), labels(actions));
		assertEquals(text.replace("\"Ship parcels\"", "\"Ship parcels\" owner Sales"), apply(actions, "Set owner Sales (Sales)").get(FILE));
	}

	@Test
	void anActivityWithoutOwnerGetsAnOwnerClause() {
		String text = "package shop\nimport catalog.*\nprocess Ship {\n\tactivity Pack \"Pack\" backstage uses Cms\n}\n";
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.MISSING_OWNER, "Activity Pack");
		Map<String, String> fixed = apply(actions, "Set owner WebTeam (Web team)");
		assertEquals(text.replace("uses Cms", "uses Cms owner WebTeam"), fixed.get(FILE));
	}

	@Test
	void aSolutionWithoutOwnerGetsAnOwnerInANewBody() {
		String text = journey("\tsolution Filters \"Tour filters\"\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.SOLUTION_WITHOUT_OWNER);
		assertEquals(List.of("Set owner Sales (Sales)", "Set owner WebTeam (Web team)"), labels(actions));
		assertEquals(text.replace("\"Tour filters\"", "\"Tour filters\" {\n\t\towner WebTeam\n\t}"),
				apply(actions, "Set owner WebTeam (Web team)").get(FILE));
	}

	@Test
	void anEmotionOutsideTheScaleIsMovedToItsNearerEnd() {
		String text = journey("\tstage Look { step Browse { feels 5 \"Thrilled\" } }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.EMOTION_OUT_OF_SCALE);
		assertEquals(List.of("Change the emotion to 2 (the scale's maximum)"), labels(actions));
		assertEquals(text.replace("feels 5", "feels 2"), apply(actions, "Change the emotion to 2 (the scale's maximum)").get(FILE));
	}

	@Test
	void fixesReadTheIssueDataAsAJsonClientSendsItBack() {
		String text = journey("\tstage Look { step Browse { feels -4 } }\n");
		ls = LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, FILE, text));
		Diagnostic sent = ls.diagnostics(FILE).stream()
				.filter(d -> JourneyIssueCodes.EMOTION_OUT_OF_SCALE.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		// over the wire the data String[] becomes a JSON array
		Gson gson = new MessageJsonHandler(Map.of()).getGson();
		Diagnostic returned = gson.fromJson(gson.toJson(sent), Diagnostic.class);
		List<CodeAction> actions = ls.codeActions(FILE, returned);
		assertEquals(List.of("Change the emotion to -2 (the scale's minimum)"), labels(actions));
		assertEquals(text.replace("feels -4", "feels -2"), apply(actions, "Change the emotion to -2 (the scale's minimum)").get(FILE));
	}

	@Test
	void aJourneyWithoutPersonaGetsOneFixPerKnownPersona() {
		String text = "package shop\nimport catalog.*\njourney Buy {\n\tstate current\n}\n";
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.MISSING_PERSONA);
		assertEquals(List.of("Add persona Explorer (Explorer, 34)"), labels(actions));
		assertEquals(text.replace("state current\n", "state current\n\tpersona Explorer\n"), apply(actions, "Add persona Explorer (Explorer, 34)").get(FILE));
	}

	@Test
	void aPainWithoutResponseGetsAnOpportunityThatRelievesIt() {
		String text = journey("\tstage Look { step Browse { pain Slow \"Loads slowly\" } }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.PAIN_WITHOUT_RESPONSE);
		assertEquals(List.of("Create opportunity RelieveSlow that relieves Slow"), labels(actions));
		assertEquals(text.replace("} }\n}", "} }\n\n\topportunity RelieveSlow {\n\t\trelieves Slow\n\t}\n}"),
				apply(actions, "Create opportunity RelieveSlow that relieves Slow").get(FILE));
	}

	@Test
	void aSolutionMissingStakeholdersGetsThemAll() {
		String text = journey("""
					stage Look { step Browse { touchpoint Home via Website {
						supported by MaintainSite.PublishTours, BookTrips.TakeBooking
						pain Slow
					} } }
					opportunity Faster { relieves Slow }
					solution Cdn { addresses Faster }
				""");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.MISSING_STAKEHOLDER);
		assertEquals(List.of("Add WebTeam, Sales to the stakeholders"), labels(actions));
		assertEquals(text.replace("addresses Faster }", "addresses Faster stakeholders WebTeam, Sales }"),
				apply(actions, "Add WebTeam, Sales to the stakeholders").get(FILE));
	}

	@Test
	void aSolutionWithSomeStakeholdersGetsTheMissingOnesAppended() {
		String text = journey("""
					stage Look { step Browse { touchpoint Home via Website {
						supported by MaintainSite.PublishTours, BookTrips.TakeBooking
						pain Slow
					} } }
					opportunity Faster { relieves Slow }
					solution Cdn {
						addresses Faster
						stakeholders Ines
					}
				""");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.MISSING_STAKEHOLDER);
		assertEquals(text.replace("stakeholders Ines", "stakeholders Ines, WebTeam"),
				apply(actions, "Add WebTeam to the stakeholders").get(FILE));
	}

	@Test
	void aDuplicateNameIsRenamedToTheNextFreeNumber() {
		String text = journey("\tstage Look { step Browse step Browse step Browse2 }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.DUPLICATE_NAME);
		assertEquals(List.of("Rename to Browse3"), labels(actions));
		assertEquals(text.replace("step Browse step", "step Browse3 step"), apply(actions, "Rename to Browse3").get(FILE));
	}

	@Test
	void aFixWritesTheSameTextAfterAnotherSetupRegisteredTheLanguage() {
		// as in `journey lsp` after a journey.render: the command line's setup registers itself with EMF last
		new journey.dsl.JourneyStandaloneSetup().createInjectorAndDoEMFRegistration();
		aDuplicateNameIsRenamedToTheNextFreeNumber();
	}

	@Test
	void aMissingChannelIsCreatedInTheCatalogueNextToTheOtherChannels() {
		String text = journey("\tstage Look { step Browse { touchpoint Home via Shop } }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(List.of("Create channel Shop in catalog.journey", "Create channel Shop in this file"), labels(actions));
		Map<String, String> changed = apply(actions, "Create channel Shop in catalog.journey");
		assertEquals(Map.of(Catalogue.FILE, Catalogue.TEXT.replace("offline phone\n", "offline phone\nchannel Shop\n")), changed);
	}

	@Test
	void aMissingActivityIsCreatedInItsProcessInTheCatalogue() {
		String text = journey("\tstage Look { step Browse { touchpoint Home via Website { supported by BookTrips.Advise } } }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(List.of("Create activity Advise frontstage in process BookTrips (catalog.journey)"), labels(actions));
		Map<String, String> changed = apply(actions, "Create activity Advise frontstage in process BookTrips (catalog.journey)");
		assertEquals(Map.of(Catalogue.FILE, Catalogue.TEXT.replace("\"Take the booking\" frontstage\n", "\"Take the booking\" frontstage\n\tactivity Advise frontstage\n")),
				changed);
	}

	@Test
	void aMissingInsightIsCreatedInTheJourney() {
		String text = journey("\topportunity Faster { from Complaints }\n");
		List<CodeAction> actions = actionsFor(text, JourneyIssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(List.of("Create insight Complaints"), labels(actions));
		assertEquals(text.replace("Complaints }\n", "Complaints }\n\tinsight Complaints\n"), apply(actions, "Create insight Complaints").get(FILE));
	}
}
