package journey.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import journey.dsl.ide.JourneyIdeSetup;
import journey.dsl.ide.serializer.TextPreservingResource;
import journey.dsl.model.Activity;
import journey.dsl.model.Cadence;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.Lane;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;

/**
 * A .journey resource that a model editor changes is saved with minimal edits: untouched text,
 * comments and blank lines stay byte for byte, and what changed is written as the formatter lays
 * it out. Each case edits the model as a diagram tool would and reads what a save writes.
 */
class TextPreservingResourceTest {

	private static final Injector INJECTOR = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();

	private static final String CATALOGUE = """
			package cat
			// the channels
			channel Web "Website" online website
			team Sales
			team Ops

			process Sell owner Ops { // selling
				// shown to everybody
				activity Show "Show products" frontstage owner Sales
				activity Pack backstage // packing
			}
			""";

	private static final String JOURNEY = """
			package shop
			import cat.*

			// A journey with comments next to everything.
			journey Buy "Buy something" {
				persona P // not declared: the editor says so, the save does not care
				kpi Nps nps target 30 reviewed quarterly by Sales // yearly before

				stage Look "Look around" { // first
					takes 1 day target 2 days
					// the only step
					step Browse "Browses" {
						feels -2 // bad
						touchpoint Page "Product page" via Web {
							supported by Sell.Show // shown
							feels 1
						}
						next Pay // onwards
						drops 60%
					}
				}

				stage Checkout {
					step Pay
				}
			}
			""";

	@Test
	void aSaveWithoutChangesWritesTheTextItReadByteForByte() {
		TextPreservingResource journey = load().journey;
		assertEquals(JOURNEY, save(journey));
	}

	@Test
	void aChangedTitleChangesOnlyTheTitleAndKeepsTheCommentOnItsLine() {
		Loaded loaded = load();
		named(loaded, Stage.class, "Look").setTitle("Explore");
		assertEquals(JOURNEY.replace("stage Look \"Look around\" { // first", "stage Look \"Explore\" { // first"), save(loaded.journey));
	}

	@Test
	void aValueAddedToAListGoesIntoItsClause() {
		Loaded loaded = load();
		named(loaded, Touchpoint.class, "Page").getSupportedBy().add(named(loaded, Activity.class, "Pack"));
		assertEquals(JOURNEY.replace("supported by Sell.Show // shown", "supported by Sell.Show, Sell.Pack // shown"), save(loaded.journey));
	}

	@Test
	void aNewElementIsIndentedLikeItsSiblingsAndTheCommentsAroundStay() {
		Loaded loaded = load();
		Activity created = JourneyFactory.eINSTANCE.createActivity();
		created.setName("Ship");
		created.setLane(Lane.SUPPORT);
		named(loaded, journey.dsl.model.Process.class, "Sell").getActivities().add(created);
		assertEquals(CATALOGUE.replace("\tactivity Pack backstage // packing\n", "\tactivity Pack backstage // packing\n\tactivity Ship support\n"),
				save(loaded.catalogue));
	}

	@Test
	void aCommentLineBeforeAClosingBraceStaysALineOfItsOwnWhenTheElementAboveChanges() {
		String catalogue = CATALOGUE.replace("\tactivity Pack backstage // packing\n}", "\tactivity Pack backstage triggers Show\n// the end\n}");
		Loaded added = load(catalogue, JOURNEY);
		Activity created = JourneyFactory.eINSTANCE.createActivity();
		created.setName("Ship");
		created.setLane(Lane.SUPPORT);
		named(added, journey.dsl.model.Process.class, "Sell").getActivities().add(created);
		assertEquals(catalogue.replace("triggers Show\n// the end", "triggers Show\n\tactivity Ship support\n// the end"), save(added.catalogue));

		Loaded removed = load(catalogue, JOURNEY);
		named(removed, Activity.class, "Pack").getTriggers().clear();
		String saved = save(removed.catalogue);
		assertTrue(saved.matches("(?s).*\tactivity Pack backstage\n\t?// the end\n}.*"), saved);
	}

	@Test
	void aChangedEnumerationValueIsWrittenWithTheLanguagesWord() {
		Loaded loaded = load();
		named(loaded, Activity.class, "Show").setLane(Lane.BACKSTAGE);
		named(loaded, Activity.class, "Pack").setLane(Lane.FRONTSTAGE); // the default value, written all the same
		named(loaded, Kpi.class, "Nps").setCadence(Cadence.MONTHLY);
		assertEquals(CATALOGUE.replace("activity Show \"Show products\" frontstage", "activity Show \"Show products\" backstage")
				.replace("activity Pack backstage", "activity Pack frontstage"), save(loaded.catalogue));
		assertEquals(JOURNEY.replace("reviewed quarterly by Sales", "reviewed monthly by Sales"), save(loaded.journey));
	}

	@Test
	void aPropertyThatIsNoLongerSetGoesWithItsOwnKeywordsAndNothingElseChanges() {
		Loaded loaded = load();
		named(loaded, Kpi.class, "Nps").eUnset(journey.dsl.model.JourneyPackage.Literals.KPI__CADENCE);
		named(loaded, Kpi.class, "Nps").eUnset(journey.dsl.model.JourneyPackage.Literals.KPI__TARGET);
		// "reviewed" stays: the reviewer is still set, and "reviewed by Sales" says so
		assertEquals(JOURNEY.replace("nps target 30 reviewed quarterly by Sales", "nps reviewed by Sales"), save(loaded.journey));
	}

	@Test
	void theWordTheAnalystChoseForAUnitStaysWhenTheStageAroundItIsWrittenAgain() {
		Loaded loaded = load();
		Step step = JourneyFactory.eINSTANCE.createStep();
		step.setName("Compare");
		named(loaded, Stage.class, "Look").getSteps().add(step);
		String saved = save(loaded.journey);
		assertTrue(saved.contains("takes 1 day target 2 days"), saved);
		assertTrue(saved.contains("\t\tstep Compare\n\t}"), saved);
	}

	@Test
	void aDeletedLineLeavesNoBlankLineAndItsNeighboursCommentsStay() {
		Loaded loaded = load();
		Step browse = named(loaded, Step.class, "Browse");
		browse.getFlows().remove(0);
		assertEquals(JOURNEY.replace("\t\t\tnext Pay // onwards\n", ""), save(loaded.journey));
	}

	@Test
	void aRemovedTimingGoesWithItsKeywordAndTheQuestionsAroundItStay() {
		String timed = JOURNEY.replace("\t\t\t\tfeels -2 // bad\n", "\t\t\t\tfeels -2 // bad\n\t\t\t\tat 3 days after Pay\n\t\t\t\tasks \"Which one?\", \"How much?\"\n");
		Loaded loaded = load(timed);
		named(loaded, Step.class, "Browse").setTiming(null);
		assertEquals(timed.replace("\t\t\t\tat 3 days after Pay\n", ""), save(loaded.journey));
	}

	@Test
	void aStepTimedFromADeletedStepLosesOnlyItsTiming() {
		String timed = JOURNEY.replace("\t\tstep Pay\n", "\t\tstep Pay {\n\t\t\tat 3 days after Browse\n\t\t\tasks \"Which one?\"\n\t\t\tfeels 1\n\t\t}\n");
		Loaded loaded = load(timed);
		Step browse = named(loaded, Step.class, "Browse");
		new journey.sirius.services.ElementServices().deleteElement(browse);
		String saved = save(loaded.journey);
		assertTrue(saved.contains("\t\tstep Pay {\n\t\t\tasks \"Which one?\"\n\t\t\tfeels 1\n\t\t}\n"), saved);
	}

	@Test
	void aStepTimedFromADeletedStepBeforeItInTheSameStageLosesOnlyItsTiming() {
		String timed = JOURNEY.replace("\t\t\tdrops 60%\n\t\t}\n", "\t\t\tdrops 60%\n\t\t}\n\t\tstep Compare {\n\t\t\tat 3 days after Browse\n"
				+ "\t\t\tasks \"Which one?\"\n\t\t\tfeels 1\n\t\t\tnext Pay\n\t\t}\n");
		assertTrue(timed.contains("step Compare"));
		Loaded loaded = load(timed);
		new journey.sirius.services.ElementServices().deleteElement(named(loaded, Step.class, "Browse"));
		String saved = save(loaded.journey);
		assertTrue(saved.contains("\t\tstep Compare {\n\t\t\tasks \"Which one?\"\n\t\t\tfeels 1\n\t\t\tnext Pay\n\t\t}\n"), saved);
	}

	@Test
	void aRemovedDurationRangeEndLeavesTheAmount() {
		String ranged = JOURNEY.replace("takes 1 day target 2 days", "takes 1-3 days target 2 days");
		Loaded loaded = load(ranged);
		named(loaded, Stage.class, "Look").getTypicalDuration().setUpTo(null);
		assertEquals(ranged.replace("takes 1-3 days target 2 days", "takes 1 days target 2 days"), save(loaded.journey));
	}

	@Test
	void everySaveWritesAllChangesSinceTheFileWasRead() {
		Loaded loaded = load();
		named(loaded, Stage.class, "Look").setTitle("Explore");
		save(loaded.journey);
		named(loaded, Stage.class, "Checkout").setTitle("Pay up");
		assertEquals(JOURNEY.replace("stage Look \"Look around\"", "stage Look \"Explore\"").replace("stage Checkout {", "stage Checkout \"Pay up\" {"),
				save(loaded.journey));
	}

	@Test
	void changesToAFileWithASyntaxErrorAreRefusedAndSayWhere() {
		Loaded loaded = load(JOURNEY.replace("feels 1\n", "feels 1 oops\n"));
		named(loaded, Stage.class, "Look").setTitle("Explore");
		IOException refused = assertThrows(IOException.class, () -> loaded.journey.textToSave());
		assertTrue(refused.getMessage().contains("syntax error at line 16"), refused.getMessage());
	}

	@Test
	void aFileWithADurationGivenTwiceLoadsAndRefusesChangesInsteadOfRewritingItWhole() {
		Loaded loaded = load(JOURNEY.replace("takes 1 day target 2 days\n", "takes 1 day target 2 days\n\t\ttakes 3 days\n"));
		assertEquals("Buy", named(loaded, Journey.class, "Buy").getName(), "the file loads");
		named(loaded, Stage.class, "Look").setTitle("Explore");
		UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> save(loaded.journey));
		assertTrue(refused.getCause().getMessage().startsWith("Cannot save changes into shop.journey: its text has errors"), refused.getMessage());
	}

	@Test
	void aResourceThatWasNeverReadIsWrittenWholeAndFormatted() {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		TextPreservingResource fresh = INJECTOR.getInstance(TextPreservingResource.class);
		fresh.setURI(URI.createURI("memory:/new.journey"));
		resourceSet.getResources().add(fresh);
		JourneyModel model = JourneyFactory.eINSTANCE.createJourneyModel();
		model.setName("fresh");
		Journey journey = JourneyFactory.eINSTANCE.createJourney();
		journey.setName("New");
		Stage stage = JourneyFactory.eINSTANCE.createStage();
		stage.setName("First");
		journey.getStages().add(stage);
		model.getJourneys().add(journey);
		fresh.getContents().add(model);
		assertEquals("package fresh\n\njourney New {\n\tstage First {\n\t}\n}\n", save(fresh));
	}

	// ------------------------------------------------------------------ helpers

	private record Loaded(TextPreservingResource catalogue, TextPreservingResource journey) {
	}

	private static Loaded load() {
		return load(JOURNEY);
	}

	private static Loaded load(String journeyText) {
		return load(CATALOGUE, journeyText);
	}

	private static Loaded load(String catalogueText, String journeyText) {
		XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
		Loaded loaded = new Loaded(read(resourceSet, "memory:/cat.journey", catalogueText), read(resourceSet, "memory:/shop.journey", journeyText));
		EcoreUtil.resolveAll(resourceSet);
		return loaded;
	}

	private static TextPreservingResource read(XtextResourceSet resourceSet, String uri, String text) {
		TextPreservingResource resource = INJECTOR.getInstance(TextPreservingResource.class);
		resource.setURI(URI.createURI(uri));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static String save(TextPreservingResource resource) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static <T extends journey.dsl.model.NamedElement> T named(Loaded loaded, Class<T> type, String name) {
		for (TextPreservingResource resource : new TextPreservingResource[] { loaded.catalogue, loaded.journey }) {
			for (var it = resource.getAllContents(); it.hasNext();) {
				var element = it.next();
				if (type.isInstance(element) && name.equals(((journey.dsl.model.NamedElement) element).getName())) {
					return type.cast(element);
				}
			}
		}
		throw new IllegalArgumentException("no " + type.getSimpleName() + " " + name);
	}
}
