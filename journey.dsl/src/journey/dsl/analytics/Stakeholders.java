package journey.dsl.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.Kpi;
import journey.dsl.model.Member;
import journey.dsl.model.Party;
import journey.dsl.model.Person;
import journey.dsl.model.Solution;
import journey.dsl.model.Team;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.Ownership;

/**
 * Everyone a journey involves, by kind (seed 004: process owners, technology owners, senior
 * management, end users, UX; seed 003: the stakeholders needed to solve one pain point): the
 * company's people by their stakeholder role, its teams by kind, and the customer's buying group
 * by buying role, each with what they are involved in.
 */
public final class Stakeholders {

	/** One party: its side (company or customer), its kind, and what it is involved in, in map order. */
	public record Row(Party party, String side, String kind, List<String> involvement) {
	}

	private final List<Row> rows;

	private Stakeholders(List<Row> rows) {
		this.rows = rows;
	}

	public static Stakeholders of(Journey journey) {
		Map<Party, Set<String>> involved = new LinkedHashMap<>();
		if (journey.getBuyingGroup() != null) {
			journey.getBuyingGroup().getMembers().forEach(member -> add(involved, member, "member of the buying group"));
		}
		for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
			Ownership.ownersOf(touchpoint).forEach(owner -> add(involved, owner, "behind touchpoint " + touchpoint.getName()));
			touchpoint.getDealsWith().forEach(party -> add(involved, party,
					(party instanceof Member ? "takes part at " : "deals with the customer at ") + touchpoint.getName()));
			for (Activity activity : touchpoint.getSupportedBy()) {
				activity.getPerformers().forEach(party -> add(involved, party, "performs " + activity.getName()));
			}
		}
		for (Solution solution : journey.getSolutions()) {
			add(involved, solution.getOwner(), "owns solution " + solution.getName());
			solution.getStakeholders().forEach(party -> add(involved, party, "stakeholder of solution " + solution.getName()));
		}
		for (var it = journey.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Kpi kpi) {
				add(involved, kpi.getOwner(), "reviews KPI " + kpi.getName());
			}
		}
		List<Row> rows = new ArrayList<>();
		involved.forEach((party, what) -> rows.add(new Row(party, party instanceof Member ? "customer" : "company", kindOf(party), List.copyOf(what))));
		rows.sort(java.util.Comparator.comparing(Row::side).thenComparing(Row::kind));
		return new Stakeholders(List.copyOf(rows));
	}

	private static void add(Map<Party, Set<String>> involved, Party party, String what) {
		if (party != null && !party.eIsProxy()) {
			involved.computeIfAbsent(party, p -> new LinkedHashSet<>()).add(what);
		}
	}

	/** The kind a party is listed under: a person's stakeholder role, a team's kind, a member's buying role. */
	static String kindOf(Party party) {
		if (party instanceof Member member) {
			return member.isSetBuyingRole() ? member.getBuyingRole().getLiteral() : "no buying role";
		}
		if (party instanceof Person person) {
			return person.isSetStakeholder() ? person.getStakeholder().getLiteral().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
					: "no stakeholder role";
		}
		return party instanceof Team team && team.getKind() != null ? team.getKind().getLiteral() : "team";
	}

	/** Every party, the company's before the customer's, by kind, then in the order the journey names them. */
	public List<Row> rows() {
		return rows;
	}
}
