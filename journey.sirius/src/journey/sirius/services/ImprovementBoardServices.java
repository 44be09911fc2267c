package journey.sirius.services;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.Moment;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Solution;
import journey.dsl.analytics.PainPointPriorities;
import journey.dsl.query.JourneyQueries;

/**
 * The services of the improvement board: pain points, insights, opportunities and solutions,
 * their labels, and the tools that create and link them (seed 003's improvement cycle). Stateless.
 */
public class ImprovementBoardServices {

	private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

	/** The pain points of the journey, the most urgent first, as the pain-point priorities rank them. */
	public List<PainPoint> painPoints(Journey journey) {
		return PainPointPriorities.of(journey).ranked().stream().map(PainPointPriorities.Ranked::painPoint).toList();
	}

	/** A pain point with its severity, its priority and the step or touchpoint where it hurts. */
	public String boardPainPointLabel(PainPoint painPoint) {
		StringBuilder label = new StringBuilder(JourneyQueries.label(painPoint));
		if (painPoint.isSetSeverity()) {
			label.append(" [").append(painPoint.getSeverity().getLiteral()).append(']');
		}
		Journey journey = JourneyQueries.journeyOf(painPoint);
		if (journey != null) {
			PainPointPriorities.of(journey).ranked().stream().filter(ranked -> ranked.painPoint() == painPoint).findFirst()
					.ifPresent(ranked -> label.append(String.format(Locale.ROOT, " \u00b7 priority %.2f", ranked.priority())));
		}
		if (painPoint.eContainer() instanceof Moment moment) {
			label.append("\nat ").append(JourneyQueries.label(moment));
		}
		return label.toString();
	}

	public String insightLabel(Insight insight) {
		String source = insight.isSetSource() ? "\nfrom " + insight.getSource().getLiteral() : "";
		String about = insight.getTouchpoints().isEmpty() ? "" : "\nabout " + ElementServices.names(insight.getTouchpoints());
		return JourneyQueries.label(insight) + source + about;
	}

	public String opportunityLabel(Opportunity opportunity) {
		StringBuilder label = new StringBuilder(JourneyQueries.label(opportunity));
		if (opportunity.isSetKind()) {
			label.append("\n").append(opportunity.getKind().getLiteral());
		}
		if (opportunity.isSetCustomerValue()) {
			label.append("\ncustomer value ").append(opportunity.getCustomerValue().getLiteral());
		}
		return label.toString();
	}

	/** A solution with its status, owner, stakeholders and KPIs, one per line. */
	public String solutionLabel(Solution solution) {
		StringBuilder label = new StringBuilder(JourneyQueries.label(solution));
		if (solution.isSetStatus()) {
			label.append(" [").append(solution.getStatus().getLiteral()).append(']');
		}
		String owner = new ElementServices().ownerName(solution);
		label.append("\nowner: ").append(owner.isEmpty() ? "nobody" : owner);
		if (!solution.getStakeholders().isEmpty()) {
			label.append("\nstakeholders: ").append(ElementServices.names(solution.getStakeholders()));
		}
		if (!solution.getKpis().isEmpty()) {
			label.append("\nKPIs: ").append(ElementServices.names(solution.getKpis()));
		}
		return label.toString();
	}

	public Insight createInsight(Journey journey) {
		return ElementServices.addNamed(FACTORY.createInsight(), journey, "NewInsight", journey.getInsights());
	}

	public Opportunity createOpportunity(Journey journey) {
		return ElementServices.addNamed(FACTORY.createOpportunity(), journey, "NewOpportunity", journey.getOpportunities());
	}

	public Solution createSolution(Journey journey) {
		return ElementServices.addNamed(FACTORY.createSolution(), journey, "NewSolution", journey.getSolutions());
	}

	/** The opportunity comes from the insight. */
	public Opportunity linkInsight(Opportunity opportunity, Insight insight) {
		addOnce(opportunity.getInsights(), insight);
		return opportunity;
	}

	/** The opportunity relieves the pain point. */
	public Opportunity linkPainPoint(Opportunity opportunity, PainPoint painPoint) {
		addOnce(opportunity.getPainPoints(), painPoint);
		return opportunity;
	}

	/** The solution addresses the opportunity. */
	public Solution linkOpportunity(Solution solution, Opportunity opportunity) {
		addOnce(solution.getOpportunities(), opportunity);
		return solution;
	}

	/** Removes a board link: the insight from the opportunity, the pain point from the opportunity, or the opportunity from the solution. */
	public EObject unlinkOnBoard(EObject source, EObject target) {
		if (source instanceof Opportunity opportunity) {
			opportunity.getInsights().remove(target);
			opportunity.getPainPoints().remove(target);
		} else if (source instanceof Solution solution) {
			solution.getOpportunities().remove(target);
		}
		return source;
	}

	private static <T> void addOnce(List<T> list, T element) {
		if (!list.contains(element)) {
			list.add(element);
		}
	}
}
