package journey.dsl.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import journey.dsl.model.BuyingRole;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Member;
import journey.dsl.model.Party;
import journey.dsl.model.Person;
import journey.dsl.model.Team;

/**
 * Who is on which side of a B2B journey (seed 004): the members of the customer's buying group,
 * each with their part in the decision, and the company's own teams and people. The words are
 * written once here for the map, the page, the exports, the hover and the diagrams.
 */
public final class BuyingGroups {

	private static final Map<BuyingRole, String> MEANINGS = new EnumMap<>(Map.of(
			BuyingRole.INITIATOR, "sees the need and starts the purchase",
			BuyingRole.USER, "will use what is bought",
			BuyingRole.INFLUENCER, "shapes the requirements and the choice",
			BuyingRole.DECIDER, "takes the decision",
			BuyingRole.APPROVER, "signs the decision off, such as the budget holder",
			BuyingRole.BUYER, "negotiates and places the order",
			BuyingRole.GATEKEEPER, "controls information and access to the deciders"));

	/** The references that name who inside the company answers for, works on or is needed for something: never the customer's people. */
	public static final Set<EReference> COMPANY_SIDE = Set.of(JourneyPackage.Literals.TOUCHPOINT__OWNER, JourneyPackage.Literals.KPI__OWNER,
			JourneyPackage.Literals.SOLUTION__OWNER, JourneyPackage.Literals.SOLUTION__STAKEHOLDERS, JourneyPackage.Literals.TECHNOLOGY__OWNER,
			JourneyPackage.Literals.PROCESS__OWNER, JourneyPackage.Literals.ACTIVITY__OWNER, JourneyPackage.Literals.ACTIVITY__PERFORMERS);

	private static final Map<EClass, List<EReference>> COMPANY_SIDE_BY_CLASS = new ConcurrentHashMap<>();

	private BuyingGroups() {
	}

	/** The company-side references that an element of the class has (most have none); found once per class. */
	public static List<EReference> companySideReferencesOf(EClass type) {
		return COMPANY_SIDE_BY_CLASS.computeIfAbsent(type, it -> it.getEAllReferences().stream().filter(COMPANY_SIDE::contains).toList());
	}

	/** Whether the reference may name an element of this type: a company-side reference never names a buying group member. */
	public static boolean mayName(EReference reference, EClass type) {
		return !(COMPANY_SIDE.contains(reference) && JourneyPackage.Literals.MEMBER.isSuperTypeOf(type));
	}

	/** Whether the party is on the customer's side: a member of a journey's buying group. */
	public static boolean isCustomerSide(Party party) {
		return party instanceof Member;
	}

	/** The buying roles' words in their order: "initiator, user, ..., gatekeeper". */
	public static String roleWords() {
		return String.join(", ", java.util.Arrays.stream(BuyingRole.values()).map(BuyingRole::getLiteral).toList());
	}

	/** What a buying role means, for completion and hover. */
	public static String meaning(BuyingRole role) {
		return MEANINGS.get(role);
	}

	/**
	 * The party as the map and the page name someone the customer deals with: its label, then who
	 * it is: "Anna de Vries (Head of planning, decider, customer side)", "Noor Jansen (Account
	 * manager, Sales)", "Sales (department)".
	 */
	public static String describe(Party party) {
		List<String> facts = new ArrayList<>();
		if (party instanceof Member member) {
			addIfGiven(facts, member.getPosition());
			if (member.isSetBuyingRole()) {
				facts.add(member.getBuyingRole().getLiteral());
			}
			facts.add("customer side");
		} else if (party instanceof Person person) {
			addIfGiven(facts, person.getRole());
			if (person.getTeam() != null && !person.getTeam().eIsProxy()) {
				facts.add(JourneyQueries.label(person.getTeam()));
			}
		} else if (party instanceof Team team && team.getKind() != null) {
			facts.add(team.getKind().getLiteral());
		}
		String label = JourneyQueries.label(party);
		return facts.isEmpty() ? label : label + " (" + String.join(", ", facts) + ")";
	}

	private static void addIfGiven(List<String> facts, String text) {
		if (text != null && !text.isBlank()) {
			facts.add(text);
		}
	}
}
