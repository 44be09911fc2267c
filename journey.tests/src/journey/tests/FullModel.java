package journey.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import journey.dsl.model.*;
import journey.dsl.model.Process;

/**
 * Builds, in code, one model that instantiates every concrete class and sets every feature of the
 * metamodel; {@link FullModelTest} checks that claim reflectively, so it cannot silently go stale.
 */
public final class FullModel {

	private static final JourneyFactory F = JourneyFactory.eINSTANCE;

	private FullModel() {
	}

	public static JourneyModel build() {
		JourneyModel model = F.createJourneyModel();
		model.setName("full.test");
		Import imp = F.createImport();
		imp.setImportedNamespace("other.catalog.*");
		model.getImports().add(imp);

		EmotionScale scale = named(F.createEmotionScale(), "Seven", "Seven points", "A wider scale");
		scale.setMin(-3);
		scale.setMax(3);
		EmotionLevel low = F.createEmotionLevel();
		low.setValue(-3);
		low.setLabel("furious");
		EmotionLevel high = F.createEmotionLevel();
		high.setValue(3);
		high.setLabel("delighted");
		scale.getLevels().add(low);
		scale.getLevels().add(high);
		model.getScales().add(scale);
		CustomRole subscriber = named(F.createCustomRole(), "Subscriber", "Subscriber", "Pays every month");
		model.getRoles().add(subscriber);

		Persona persona = named(F.createPersona(), "Explorer", "The explorer", "Plans one big trip a year");
		model.getPersonas().add(persona);
		Channel web = named(F.createChannel(), "Web", "Website", "The public site");
		web.setMode(ChannelMode.ONLINE);
		web.setType(ChannelType.WEBSITE);
		model.getChannels().add(web);

		Team digital = named(F.createTeam(), "Digital", "Digital", "All things digital");
		digital.setKind(TeamKind.DEPARTMENT);
		Team webTeam = named(F.createTeam(), "WebTeam", "Web team", "Builds the site");
		webTeam.setKind(TeamKind.TEAM);
		webTeam.setPartOf(digital);
		model.getTeams().add(digital);
		model.getTeams().add(webTeam);
		Person ines = named(F.createPerson(), "Ines", "Ines Bakker", "Knows every trip");
		ines.setRole("Head of planning");
		ines.setStakeholder(StakeholderRole.PROCESS_OWNER);
		ines.setTeam(webTeam);
		model.getPeople().add(ines);
		Technology cms = named(F.createTechnology(), "Cms", "Content system", "Holds the pages");
		cms.setOwner(webTeam);
		model.getSystems().add(cms);

		Process site = named(F.createProcess(), "Site", "Maintain the site", "Keeps pages current");
		site.setOwner(digital);
		Activity publish = named(F.createActivity(), "Publish", "Publish pages", "Puts tours online");
		publish.setLane(Lane.FRONTSTAGE);
		publish.setOwner(webTeam);
		publish.getPerformers().add(webTeam);
		publish.getPerformers().add(ines);
		publish.getSystems().add(cms);
		Activity host = named(F.createActivity(), "Host", "Host the site", "Runs servers");
		host.setLane(Lane.SUPPORT);
		host.setOwner(digital);
		publish.getTriggers().add(host);
		site.getActivities().add(publish);
		site.getActivities().add(host);
		model.getProcesses().add(site);

		Journey planned = named(F.createJourney(), "Planned", "The planned trip", "As sold");
		planned.setState(JourneyState.PLANNED);
		planned.setPersona(persona);
		Stage only = named(F.createStage(), "Only", "Only stage", "A minimal stage");
		Step alone = named(F.createStep(), "Alone", "Alone", "A minimal step");
		only.getSteps().add(alone);
		planned.getStages().add(only);
		model.getJourneys().add(planned);

		Journey journey = named(F.createJourney(), "Trip", "The actual trip", "How it went");
		journey.setPersona(persona);
		journey.setState(JourneyState.ACTUAL);
		journey.setVersion("2.1");
		journey.setPlannedAs(planned);
		journey.setBaseline(planned);
		journey.setScale(scale);
		journey.setScopeFrom("First search");
		journey.setScopeTo("Home again");
		journey.setQuestion("Why do travellers call?");
		journey.setGoal("A trip that fits");
		Expectation expectation = F.createExpectation();
		expectation.setText("Booked in an evening");
		expectation.setWithin(duration("3", TimeUnit.HOURS));
		journey.getExpectations().add(expectation);
		Kpi nps = kpi("Nps", KpiKind.NPS, webTeam);
		journey.getKpis().add(nps);

		Stage stage = named(F.createStage(), "Orientation", "Orientation", "Looking around");
		stage.setCustomerGoal("Find a trip");
		stage.getQuestions().add("Which trips fit?");
		stage.getQuestions().add("What does it cost?");
		stage.setAttainment(Attainment.PARTLY);
		stage.setOutcome("Finds trips slowly");
		Duration tenToTwelve = duration("10", TimeUnit.DAYS);
		tenToTwelve.setUpTo(new BigDecimal("12"));
		stage.setTypicalDuration(tenToTwelve);
		stage.setTargetDuration(duration("2", TimeUnit.WEEKS));
		stage.setActualDuration(duration("1.5", TimeUnit.MONTHS));
		stage.getKpis().add(kpi("Visits", KpiKind.VISITS, digital));
		journey.getStages().add(stage);

		Step search = named(F.createStep(), "Search", "Searches", "Looks for tours");
		search.setRole(CustomerRole.VISITOR);
		search.setReached(12000L);
		search.setDoes("Browses");
		search.setThinks("Where is the filter?");
		search.setFeeling("Annoyed");
		search.setEmotion(-2);
		search.setKeyMoment(true);
		search.getQuestions().add("Is there a filter?");
		search.getQuestions().add("Which trip fits two weeks?");
		Timing dayThree = F.createTiming();
		dayThree.setDay(new BigDecimal("3"));
		search.setTiming(dayThree);
		Step compare = named(F.createStep(), "Compare", "Compares", "Shortlists");
		compare.setCustomRole(subscriber);
		compare.setReached(4800L);
		search.getFlows().add(flow(FlowKind.NEXT, compare, "40", "Found something"));
		search.getFlows().add(flow(FlowKind.ALTERNATIVE, compare, "5", null));
		search.getFlows().add(flow(FlowKind.DROPOUT, null, "55", "Gave up"));
		compare.getFlows().add(flow(FlowKind.LOOP, search, "20", null));
		stage.getSteps().add(search);
		stage.getSteps().add(compare);

		Touchpoint page = named(F.createTouchpoint(), "TourPage", "Tour page", "Lists the tours");
		page.setChannel(web);
		page.setTime("Evenings");
		page.setDesiredOutcome("Sees fitting trips only");
		page.getEvidence().add("Overview page");
		page.getEvidence().add("Detail page");
		page.getDealsWith().add(ines);
		page.setOwner(webTeam);
		page.getSupportedBy().add(publish);
		page.setDoes("Scrolls");
		page.setThinks("Too many");
		page.setFeeling("Lost");
		page.setEmotion(-1);
		page.setKeyMoment(true);
		Timing beforeCompare = F.createTiming();
		beforeCompare.setOffset(duration("2", TimeUnit.HOURS));
		beforeCompare.setRelation(TimingRelation.BEFORE);
		beforeCompare.setAnchor(compare);
		page.setTiming(beforeCompare);
		Kpi ctr = kpi("PageCtr", KpiKind.CTR, webTeam);
		page.getKpis().add(ctr);
		PainPoint noFilters = named(F.createPainPoint(), "NoFilters", "No filters", "Cannot filter");
		noFilters.setSeverity(Severity.HIGH);
		noFilters.setFrequency(Frequency.ALWAYS);
		noFilters.setReach(new BigDecimal("80"));
		page.getPainPoints().add(noFilters);
		page.getSuccesses().add(named(F.createSuccess(), "Photos", "Great photos", "Customers love them"));
		search.getTouchpoints().add(page);
		search.getPainPoints().add(named(F.createPainPoint(), "SlowSearch", "Slow search", "Takes long"));
		search.getSuccesses().add(named(F.createSuccess(), "ManyTrips", "Many trips", "Lots of choice"));

		Insight survey = named(F.createInsight(), "Survey", "Visitors want filters", "From the spring survey");
		survey.setSource(EvidenceSource.SURVEY);
		survey.getTouchpoints().add(page);
		Insight calls = named(F.createInsight(), "Calls", "Visitors call", "From the logs");
		calls.setSource(EvidenceSource.CALL_CENTRE_LOGS);
		calls.getRelated().add(survey);
		journey.getInsights().add(survey);
		journey.getInsights().add(calls);

		Opportunity filter = named(F.createOpportunity(), "Filter", "Filter tours", "Let visitors filter");
		filter.setKind(OpportunityKind.BOTTLENECK);
		filter.getInsights().add(survey);
		filter.getPainPoints().add(noFilters);
		filter.setCustomerValue(Rating.HIGH);
		filter.setBusinessValue(Rating.MEDIUM);
		filter.setEffort(Rating.LOW);
		journey.getOpportunities().add(filter);

		Solution filters = named(F.createSolution(), "Filters", "Filters on the page", "Build filters");
		filters.setStatus(SolutionStatus.IN_PROGRESS);
		filters.setKind(SolutionKind.FEATURE);
		filters.getOpportunities().add(filter);
		filters.setOwner(webTeam);
		filters.getStakeholders().add(digital);
		filters.getStakeholders().add(ines);
		filters.getKpis().add(ctr);
		filters.getProcesses().add(site);
		journey.getSolutions().add(filters);

		StageGroup see = named(F.createStageGroup(), "See", "See", "Becomes aware of a need");
		see.getStages().add(stage);
		journey.getGroups().add(see);
		BuyingGroup buyers = F.createBuyingGroup();
		buyers.setTitle("Travel party");
		buyers.setDescription("Who decides on the trip");
		Member anna = named(F.createMember(), "Anna", "Anna de Vries", "Pays for the trip");
		anna.setPosition("Partner");
		anna.setBuyingRole(BuyingRole.DECIDER);
		buyers.getMembers().add(anna);
		journey.setBuyingGroup(buyers);
		page.getDealsWith().add(anna);

		model.getJourneys().add(journey);
		return model;
	}

	private static <T extends NamedElement> T named(T element, String name, String title, String description) {
		element.setName(name);
		element.setTitle(title);
		element.setDescription(description);
		return element;
	}

	private static Duration duration(String amount, TimeUnit unit) {
		Duration duration = F.createDuration();
		duration.setAmount(new BigDecimal(amount));
		duration.setUnit(unit);
		return duration;
	}

	private static Flow flow(FlowKind kind, Step target, String share, String reason) {
		Flow flow = F.createFlow();
		flow.setKind(kind);
		flow.setTarget(target);
		flow.setShare(new BigDecimal(share));
		flow.setReason(reason);
		return flow;
	}

	private static Kpi kpi(String name, KpiKind kind, Party owner) {
		Kpi kpi = named(F.createKpi(), name, name + " title", name + " description");
		kpi.setKind(kind);
		kpi.setUnit("points");
		kpi.setTarget(new BigDecimal("40"));
		kpi.setActual(new BigDecimal("42.5"));
		kpi.setDirection(Direction.HIGHER);
		kpi.setCadence(Cadence.WEEKLY);
		kpi.setOwner(owner);
		kpi.getMeasurements().add(measurement("2026-01-31", "38"));
		kpi.getMeasurements().add(measurement("2026-02-28", "42.5"));
		kpi.getMeasurements().get(1).setSource("Monthly analytics export");
		return kpi;
	}

	private static Measurement measurement(String day, String value) {
		Measurement measurement = F.createMeasurement();
		measurement.setDate(Date.from(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant()));
		measurement.setValue(new BigDecimal(value));
		return measurement;
	}
}
