package journey.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;

import journey.dsl.model.Activity;
import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.Lane;
import journey.dsl.model.NamedElement;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.sirius.services.JourneyServices;
import journey.tests.Examples;

/**
 * Diagram edits are saved by re-serializing the .journey files. For each creation, link,
 * reconnect, delete, direct-edit and owner tool, the tool's change is made through the services
 * on every bundled example; the files are serialized and parsed again, and the result must equal
 * the examples with the same change made through the plain model API: the change is there, it
 * survives the text, and nothing else changed. Files are serialized formatted, as a save does.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class ToolRoundTripTest {

	private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ISerializer serializer;

	@Inject
	private Injector injector;

	private final JourneyServices services = new JourneyServices();

	@Test
	void creatingAStageAppendsANamedStageToEveryExampleJourney() {
		assertRoundTrip(examples -> journeys(examples).forEach(services::createStage),
				examples -> journeys(examples).forEach(j -> j.getStages().add(named(FACTORY.createStage(), "NewStage"))));
	}

	@Test
	void creatingAStepAppendsANamedStepToTheFirstStage() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> services.createStep(j.getStages().get(0))),
				examples -> journeys(examples).forEach(j -> j.getStages().get(0).getSteps().add(named(FACTORY.createStep(), "NewStep"))));
	}

	@Test
	void creatingATouchpointAddsOneWithTheChannelOfTheStepsLastTouchpoint() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> services.createTouchpoint(firstStep(j))), examples -> {
			for (Journey journey : journeys(examples)) {
				Step step = firstStep(journey);
				Touchpoint touchpoint = named(FACTORY.createTouchpoint(), "NewTouchpoint");
				touchpoint.setChannel(step.getTouchpoints().isEmpty() ? JourneyQueries.touchpoints(journey).get(0).getChannel()
						: step.getTouchpoints().get(step.getTouchpoints().size() - 1).getChannel());
				step.getTouchpoints().add(touchpoint);
			}
		});
	}

	@Test
	void creatingPainPointsAddsThemToATouchpointAndToAStep() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			services.createPainPoint(firstTouchpoint(j));
			services.createPainPoint(firstStep(j));
		}), examples -> journeys(examples).forEach(j -> {
			firstTouchpoint(j).getPainPoints().add(named(FACTORY.createPainPoint(), "NewPainPoint"));
			firstStep(j).getPainPoints().add(named(FACTORY.createPainPoint(), "NewPainPoint2"));
		}));
	}

	@Test
	void creatingAnActivityAddsItToTheProcessBehindTheStageAndLinksTheFirstTouchpoint() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> services.createActivity(stageWithTouchpoints(j), "backstage")), examples -> {
			for (Journey journey : journeys(examples)) {
				Stage stage = stageWithTouchpoints(journey);
				List<Activity> behind = JourneyQueries.activitiesServing(stage);
				List<Process> visible = JourneyQueries.visibleFrom(stage, Process.class);
				Process process = !behind.isEmpty() ? JourneyQueries.processOf(behind.get(0)) : visible.isEmpty() ? null : visible.get(0);
				if (process == null) {
					continue;
				}
				Activity activity = named(FACTORY.createActivity(), freeName(process, "NewActivity"));
				activity.setLane(Lane.BACKSTAGE);
				process.getActivities().add(activity);
				JourneyQueries.touchpoints(stage).get(0).getSupportedBy().add(activity);
			}
		});
	}

	@Test
	void creatingInsightsOpportunitiesAndSolutionsAppendsThemToTheJourney() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			services.createInsight(j);
			services.createOpportunity(j);
			services.createSolution(j);
		}), examples -> journeys(examples).forEach(j -> {
			j.getInsights().add(named(FACTORY.createInsight(), "NewInsight"));
			j.getOpportunities().add(named(FACTORY.createOpportunity(), "NewOpportunity"));
			j.getSolutions().add(named(FACTORY.createSolution(), "NewSolution"));
		}));
	}

	@Test
	void creatingAFlowLinksTheFirstStepToTheLast() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> services.createFlow(firstStep(j), lastStep(j))), examples -> {
			for (Journey journey : journeys(examples)) {
				Flow flow = FACTORY.createFlow();
				flow.setKind(FlowKind.NEXT);
				flow.setTarget(lastStep(journey));
				firstStep(journey).getFlows().add(flow);
			}
		});
	}

	@Test
	void linkingATouchpointToAnActivityAddsItToSupportedBy() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			Activity activity = unlinkedActivity(firstTouchpoint(j));
			if (activity != null) {
				services.linkSupport(firstTouchpoint(j), activity);
			}
		}), examples -> journeys(examples).forEach(j -> {
			Activity activity = unlinkedActivity(firstTouchpoint(j));
			if (activity != null) {
				firstTouchpoint(j).getSupportedBy().add(activity);
			}
		}));
	}

	@Test
	void reconnectingTheActivityEndReplacesTheActivityInPlace() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			Touchpoint touchpoint = supportedTouchpoint(j);
			Activity other = touchpoint == null ? null : unlinkedActivity(touchpoint);
			if (other != null) {
				services.reconnectSupportTarget(touchpoint, touchpoint.getSupportedBy().get(0), other);
			}
		}), examples -> journeys(examples).forEach(j -> {
			Touchpoint touchpoint = supportedTouchpoint(j);
			Activity other = touchpoint == null ? null : unlinkedActivity(touchpoint);
			if (other != null) {
				touchpoint.getSupportedBy().set(0, other);
			}
		}));
	}

	@Test
	void reconnectingTheTouchpointEndMovesTheSupportToAnotherTouchpoint() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			Touchpoint from = supportedTouchpoint(j);
			Touchpoint to = lastTouchpoint(j);
			if (from != null && from != to) {
				services.reconnectSupportSource(from, to, from.getSupportedBy().get(0));
			}
		}), examples -> journeys(examples).forEach(j -> {
			Touchpoint from = supportedTouchpoint(j);
			Touchpoint to = lastTouchpoint(j);
			if (from != null && from != to) {
				Activity moved = from.getSupportedBy().remove(0);
				if (!to.getSupportedBy().contains(moved)) {
					to.getSupportedBy().add(moved);
				}
			}
		}));
	}

	@Test
	void deletingASupportLinkRemovesTheActivityFromSupportedBy() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			Touchpoint touchpoint = supportedTouchpoint(j);
			if (touchpoint != null) {
				services.unlinkSupport(touchpoint, touchpoint.getSupportedBy().get(0));
			}
		}), examples -> journeys(examples).forEach(j -> {
			Touchpoint touchpoint = supportedTouchpoint(j);
			if (touchpoint != null) {
				touchpoint.getSupportedBy().remove(0);
			}
		}));
	}

	@Test
	void deletingATouchpointRemovesItAndEveryReferenceToIt() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> services.deleteElement(firstTouchpoint(j))),
				examples -> journeys(examples).forEach(j -> EcoreUtil.delete(firstTouchpoint(j), true)));
	}

	@Test
	void deletingAStepThatFlowsLeadToAlsoDeletesThoseFlows() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			Step target = flowTarget(j);
			if (target != null) {
				services.deleteElement(target);
			}
		}), examples -> journeys(examples).forEach(j -> {
			Step target = flowTarget(j);
			if (target != null) {
				for (Step step : JourneyQueries.steps(j)) {
					step.getFlows().removeIf(f -> f.getTarget() == target);
				}
				EcoreUtil.delete(target, true);
			}
		}));
	}

	@Test
	void deletingAStageAlsoDeletesTheFlowsFromOtherStagesIntoItsSteps() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> services.deleteElement(j.getStages().get(0))),
				examples -> journeys(examples).forEach(j -> {
					Stage stage = j.getStages().get(0);
					for (Step step : JourneyQueries.steps(j)) {
						step.getFlows().removeIf(f -> f.getTarget() != null && f.getTarget().eContainer() == stage && step.eContainer() != stage);
					}
					EcoreUtil.delete(stage, true);
				}));
	}

	@Test
	void deletingAFlowOrADropOutRemovesOnlyThatFlow() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			services.stepFlows(j).stream().findFirst().ifPresent(services::deleteElement);
			services.dropOuts(j).stream().findFirst().ifPresent(services::deleteElement);
		}), examples -> journeys(examples).forEach(j -> {
			JourneyQueries.steps(j).stream().flatMap(s -> s.getFlows().stream()).filter(f -> f.getKind() != FlowKind.DROPOUT).findFirst()
					.ifPresent(EcoreUtil::remove);
			JourneyQueries.steps(j).stream().flatMap(s -> s.getFlows().stream()).filter(f -> f.getKind() == FlowKind.DROPOUT).findFirst()
					.ifPresent(EcoreUtil::remove);
		}));
	}

	@Test
	void deletingAPainPointRemovesItFromTheOpportunitiesThatRelieveIt() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> firstPainPoint(j).ifPresent(services::deleteElement)),
				examples -> journeys(examples).forEach(j -> firstPainPoint(j).ifPresent(p -> EcoreUtil.delete(p, true))));
	}

	@Test
	void directEditSetsTitlesWithQuotesAndBackslashesAndClearsThemWhenEmpty() {
		String title = "Look \"around\" \\ compare";
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			services.editLabel(j.getStages().get(0), title);
			services.editLabel(firstTouchpoint(j), "  Renamed touchpoint ");
			services.editLabel(firstStep(j), "");
		}), examples -> journeys(examples).forEach(j -> {
			j.getStages().get(0).setTitle(title);
			firstTouchpoint(j).setTitle("Renamed touchpoint");
			firstStep(j).setTitle(null);
		}));
	}

	@Test
	void settingTheOwnerOfAnActivityAndASolutionChangesOnlyTheOwner() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			Touchpoint touchpoint = supportedTouchpoint(j);
			if (touchpoint != null) {
				Activity activity = touchpoint.getSupportedBy().get(0);
				List<Party> candidates = services.ownerCandidates(activity);
				services.setOwner(activity, candidates.get(candidates.size() - 1));
			}
			if (!j.getSolutions().isEmpty()) {
				List<Party> candidates = services.ownerCandidates(j);
				services.setOwner(j.getSolutions().get(0), candidates.get(0));
			}
		}), examples -> journeys(examples).forEach(j -> {
			Touchpoint touchpoint = supportedTouchpoint(j);
			if (touchpoint != null) {
				Activity activity = touchpoint.getSupportedBy().get(0);
				List<Party> candidates = JourneyQueries.visibleFrom(activity, Party.class);
				activity.setOwner(candidates.get(candidates.size() - 1));
			}
			if (!j.getSolutions().isEmpty()) {
				j.getSolutions().get(0).setOwner(JourneyQueries.visibleFrom(j, Party.class).get(0));
			}
		}));
	}

	@Test
	void boardLinksBetweenInsightsOpportunitiesSolutionsAndPainPointsAreAddedAndRemoved() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			if (j.getOpportunities().isEmpty()) {
				return;
			}
			var opportunity = j.getOpportunities().get(0);
			services.linkOpportunity(services.createSolution(j), opportunity);
			services.linkInsight(opportunity, services.createInsight(j));
			if (!opportunity.getPainPoints().isEmpty()) {
				services.unlink(opportunity, opportunity.getPainPoints().get(0));
			}
			List<PainPoint> painPoints = services.painPoints(j);
			if (!painPoints.isEmpty()) {
				services.linkPainPoint(opportunity, painPoints.get(painPoints.size() - 1));
			}
		}), examples -> journeys(examples).forEach(j -> {
			if (j.getOpportunities().isEmpty()) {
				return;
			}
			var opportunity = j.getOpportunities().get(0);
			var solution = named(FACTORY.createSolution(), "NewSolution");
			j.getSolutions().add(solution);
			solution.getOpportunities().add(opportunity);
			var insight = named(FACTORY.createInsight(), "NewInsight");
			j.getInsights().add(insight);
			opportunity.getInsights().add(insight);
			if (!opportunity.getPainPoints().isEmpty()) {
				opportunity.getPainPoints().remove(0);
			}
			List<PainPoint> painPoints = new ArrayList<>();
			JourneyQueries.moments(j).forEach(m -> painPoints.addAll(m.getPainPoints()));
			if (!painPoints.isEmpty() && !opportunity.getPainPoints().contains(painPoints.get(painPoints.size() - 1))) {
				opportunity.getPainPoints().add(painPoints.get(painPoints.size() - 1));
			}
		}));
	}

	@Test
	void editingAKpiTargetInTheTableChangesOnlyThatTarget() {
		assertRoundTrip(examples -> journeys(examples).forEach(j -> {
			List<Kpi> kpis = services.allKpis(j);
			if (!kpis.isEmpty()) {
				services.editKpiTarget(kpis.get(kpis.size() - 1), "42%");
			}
		}), examples -> journeys(examples).forEach(j -> {
			List<Kpi> kpis = services.allKpis(j);
			if (!kpis.isEmpty()) {
				kpis.get(kpis.size() - 1).setTarget(new BigDecimal("42"));
			}
		}));
	}

	@Test
	void theRoundTripsSaveFormattedAsTheEditorDoes() {
		assertTrue(injector.getExistingBinding(Key.get(IFormatter2.class)) != null, "no formatter is bound: the round trips serialize unformatted");
	}

	// ------------------------------------------------------------------ the round trip

	/**
	 * Makes the change through the services on the examples, serializes every file and parses
	 * the texts again; compares each file with the examples changed through the model API, and
	 * checks that the change did change something.
	 */
	private void assertRoundTrip(Consumer<List<Resource>> throughServices, Consumer<List<Resource>> throughModelApi) {
		List<Resource> edited = Examples.loadAll(resourceSets.get());
		throughServices.accept(edited);
		List<String> texts = new ArrayList<>();
		for (Resource resource : edited) {
			texts.add(serializer.serialize(resource.getContents().get(0), saveOptions()));
		}
		XtextResourceSet reparsedSet = resourceSets.get();
		List<Resource> reparsed = new ArrayList<>();
		for (int i = 0; i < edited.size(); i++) {
			reparsed.add(parse(reparsedSet, edited.get(i), texts.get(i)));
		}
		EcoreUtil.resolveAll(reparsedSet);

		List<Resource> expected = Examples.loadAll(resourceSets.get());
		throughModelApi.accept(expected);
		List<Resource> originals = Examples.loadAll(resourceSets.get());
		boolean changed = false;
		for (int i = 0; i < reparsed.size(); i++) {
			Resource again = reparsed.get(i);
			String name = again.getURI().lastSegment();
			String text = texts.get(i);
			assertEquals(List.of(), again.getErrors(), () -> name + " does not parse after the edit:\n" + text);
			assertTrue(EcoreUtil.equals(expected.get(i).getContents().get(0), again.getContents().get(0)),
					() -> name + " differs from the expected change after the round trip:\n" + text);
			changed |= !EcoreUtil.equals(originals.get(i).getContents().get(0), again.getContents().get(0));
		}
		assertTrue(changed, "the tool changed none of the examples");
	}

	/** Formatted, as an editor saves, once the language binds a formatter; plain until then. */
	private SaveOptions saveOptions() {
		return injector.getExistingBinding(Key.get(IFormatter2.class)) != null ? SaveOptions.newBuilder().format().getOptions()
				: SaveOptions.defaultOptions();
	}

	private static Resource parse(XtextResourceSet resourceSet, Resource original, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(original.getURI());
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	// ------------------------------------------------------------------ the same element in either copy

	private static List<Journey> journeys(List<Resource> examples) {
		List<Journey> journeys = new ArrayList<>();
		for (Resource resource : examples) {
			journeys.addAll(((JourneyModel) resource.getContents().get(0)).getJourneys());
		}
		assertFalse(journeys.isEmpty());
		return journeys;
	}

	private static <T extends NamedElement> T named(T element, String name) {
		element.setName(name);
		return element;
	}

	private static Step firstStep(Journey journey) {
		return JourneyQueries.steps(journey).get(0);
	}

	private static Step lastStep(Journey journey) {
		List<Step> steps = JourneyQueries.steps(journey);
		return steps.get(steps.size() - 1);
	}

	private static Touchpoint firstTouchpoint(Journey journey) {
		return JourneyQueries.touchpoints(journey).get(0);
	}

	private static Touchpoint lastTouchpoint(Journey journey) {
		List<Touchpoint> touchpoints = JourneyQueries.touchpoints(journey);
		return touchpoints.get(touchpoints.size() - 1);
	}

	private static Stage stageWithTouchpoints(Journey journey) {
		return journey.getStages().stream().filter(s -> !JourneyQueries.touchpoints(s).isEmpty()).findFirst().orElseThrow();
	}

	private static Touchpoint supportedTouchpoint(Journey journey) {
		return JourneyQueries.touchpoints(journey).stream().filter(t -> !t.getSupportedBy().isEmpty()).findFirst().orElse(null);
	}

	/** The first activity the touchpoint's file can refer to that does not support it yet. */
	private static Activity unlinkedActivity(Touchpoint touchpoint) {
		return JourneyQueries.visibleFrom(touchpoint, Activity.class).stream().filter(a -> !touchpoint.getSupportedBy().contains(a)).findFirst()
				.orElse(null);
	}

	private static Step flowTarget(Journey journey) {
		for (Step step : JourneyQueries.steps(journey)) {
			for (Flow flow : step.getFlows()) {
				if (flow.getKind() != FlowKind.DROPOUT && flow.getTarget() != null && flow.getTarget() != step) {
					return flow.getTarget();
				}
			}
		}
		return null;
	}

	private static java.util.Optional<PainPoint> firstPainPoint(Journey journey) {
		return JourneyQueries.moments(journey).stream().flatMap(m -> m.getPainPoints().stream()).findFirst();
	}

	private static boolean nameTaken(Process process, String name) {
		return process.getActivities().stream().anyMatch(a -> name.equals(a.getName()));
	}

	private static String freeName(Process process, String base) {
		String name = base;
		for (int i = 2; nameTaken(process, name); i++) {
			name = base + i;
		}
		return name;
	}
}
