package journey.dsl.validation;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.JourneyState;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;

/** The improvement cycle: pain points get a response, solutions have an owner, KPIs and every stakeholder they need. */
public class ImprovementValidator extends AbstractJourneyChecks {

	@Inject
	private IQualifiedNameProvider names;

	/**
	 * A pain point is answered by an opportunity, or it is left as a known issue. Not in an actual
	 * journey: what one customer lived is evidence, and its pains are answered in the plan.
	 */
	@Check
	public void checkPainPointsAnswered(Journey journey) {
		if (journey.getState() == JourneyState.ACTUAL) {
			return;
		}
		Set<PainPoint> answered = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Opportunity opportunity : journey.getOpportunities()) {
			answered.addAll(opportunity.getPainPoints());
		}
		for (var it = journey.eAllContents(); it.hasNext();) {
			if (it.next() instanceof PainPoint pain && !answered.contains(pain)) {
				info("No opportunity relieves pain point " + pain.getName() + " yet: add an 'opportunity' that 'relieves " + pain.getName() + "'.",
						pain, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.PAIN_WITHOUT_RESPONSE);
			}
		}
	}

	/** A solution has an owner who answers for it (seed 003). */
	@Check
	public void checkSolutionHasOwner(Solution solution) {
		if (solution.getOwner() == null) {
			warning("Solution " + solution.getName() + " has no owner: add 'owner <Team or Person>'.",
					solution, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.SOLUTION_WITHOUT_OWNER);
		}
	}

	/** A solution names the KPIs that tell whether it works (seed 003: track KPIs for each improvement). */
	@Check
	public void checkSolutionMeasured(Solution solution) {
		if (solution.getKpis().isEmpty()) {
			warning("No KPI measures solution " + solution.getName() + ": add 'measured by <Kpi>' to track whether it works.",
					solution, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.SOLUTION_WITHOUT_KPI);
		}
	}

	/** Everyone who owns a process behind the touchpoints a solution addresses is at the table (seed 003). */
	@Check
	public void checkSolutionStakeholders(Solution solution) {
		Set<Party> atTheTable = Collections.newSetFromMap(new IdentityHashMap<>());
		atTheTable.addAll(solution.getStakeholders());
		if (solution.getOwner() != null) {
			atTheTable.add(solution.getOwner());
		}
		Set<Party> missing = new LinkedHashSet<>();
		for (Process process : processesBehind(solution)) {
			Party owner = process.getOwner();
			if (owner != null && !owner.eIsProxy() && !represented(owner, atTheTable)) {
				missing.add(owner);
			}
		}
		if (!missing.isEmpty()) {
			List<String> missingNames = missing.stream().map(Party::getName).toList();
			String[] data = missing.stream().map(names::getFullyQualifiedName).filter(n -> n != null).map(QualifiedName::toString).toArray(String[]::new);
			warning("Solution " + solution.getName() + " misses stakeholders who own processes behind the touchpoints it addresses: "
					+ String.join(", ", missingNames) + ". Add them to 'stakeholders' so they are at the table.",
					solution, JourneyPackage.Literals.SOLUTION__STAKEHOLDERS, JourneyIssueCodes.MISSING_STAKEHOLDER, data);
		}
	}

	/** An owner is at the table in person, through its team, or through a member of the team it is. */
	private static boolean represented(Party owner, Set<Party> atTheTable) {
		if (atTheTable.contains(owner) || atTheTable.contains(JourneyQueries.teamOf(owner))) {
			return true;
		}
		return atTheTable.stream().anyMatch(party -> JourneyQueries.teamOf(party) == owner);
	}

	private static Set<Process> processesBehind(Solution solution) {
		Set<Process> processes = new LinkedHashSet<>();
		for (Opportunity opportunity : solution.getOpportunities()) {
			for (PainPoint pain : opportunity.getPainPoints()) {
				for (Touchpoint touchpoint : touchpointsOf(pain)) {
					processes.addAll(JourneyQueries.processesBehind(touchpoint));
				}
			}
		}
		return processes;
	}

	private static List<Touchpoint> touchpointsOf(PainPoint pain) {
		if (pain.getAt() instanceof Touchpoint touchpoint) {
			return List.of(touchpoint);
		}
		return pain.getAt() instanceof Step step ? step.getTouchpoints() : List.of();
	}
}
