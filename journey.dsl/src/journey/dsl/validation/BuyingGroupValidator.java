package journey.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.validation.Check;

import journey.dsl.model.BuyingGroup;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Member;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.JourneyQueries;

/**
 * The customer's side of a B2B journey (seed 004): a buying group has members, each with their
 * part in the decision, and they are never named where the company's own people answer for something.
 */
public class BuyingGroupValidator extends AbstractJourneyChecks {

	/** Owners, stakeholders and performers are the company's teams and people, not the customer's. */
	@Check
	public void checkCustomerSideIsNoOwner(JourneyModel model) {
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (EReference reference : BuyingGroups.companySideReferencesOf(element.eClass())) {
				List<?> named = reference.isMany() ? (List<?>) element.eGet(reference, false) : java.util.Collections.singletonList(element.eGet(reference, false));
				for (int i = 0; i < named.size(); i++) {
					if (named.get(i) instanceof Member member && !member.eIsProxy()) {
						error(JourneyQueries.label(member) + " is a member of the customer's buying group; " + JourneyQueries.words(reference.getName())
								+ " must be the company's own team or person, such as the account manager who works with them.",
								element, reference, reference.isMany() ? i : -1, JourneyIssueCodes.CUSTOMER_SIDE_OWNER);
					}
				}
			}
		}
	}

	/** A buying group lists who takes part in the decision. */
	@Check
	public void checkBuyingGroupHasMembers(BuyingGroup group) {
		if (group.getMembers().isEmpty()) {
			warning("The buying group has no members: add a 'member' for each person on the customer's side who takes part in the decision.",
					group, JourneyPackage.Literals.BUYING_GROUP__TITLE, JourneyIssueCodes.EMPTY_BUYING_GROUP);
		}
	}

	/** Each member's part in the decision is said. */
	@Check
	public void checkMemberHasRole(Member member) {
		if (!member.isSetBuyingRole()) {
			info("What part does " + member.getName() + " play in the decision? Add 'role' and one of " + BuyingGroups.roleWords() + ".",
					member, JourneyPackage.Literals.NAMED_ELEMENT__NAME, JourneyIssueCodes.MEMBER_WITHOUT_ROLE);
		}
	}
}
