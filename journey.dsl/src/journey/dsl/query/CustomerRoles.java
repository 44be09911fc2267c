package journey.dsl.query;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import journey.dsl.model.CustomerRole;
import journey.dsl.model.Step;

/**
 * The customer's role at a step, from stranger to ambassador (seed 001), or a role the analyst
 * declared: the words every output and message uses for them.
 */
public final class CustomerRoles {

	private static final Map<CustomerRole, String> MEANINGS = Map.of(
			CustomerRole.STRANGER, "does not know the company yet",
			CustomerRole.VISITOR, "has found the company, is looking around",
			CustomerRole.LEAD, "has shown interest, left contact details",
			CustomerRole.CUSTOMER, "has bought",
			CustomerRole.PROMOTER, "recommends the company to others",
			CustomerRole.AMBASSADOR, "recommends the company to others");

	private CustomerRoles() {
	}

	/** The role at the step as written, "ambassador" or a declared role's title; null for none. */
	public static String of(Step step) {
		if (step.getCustomRole() != null && !step.getCustomRole().eIsProxy()) {
			return JourneyQueries.label(step.getCustomRole());
		}
		return step.isSetRole() ? step.getRole().getLiteral() : null;
	}

	/** What a built-in role means, for completion and hover. */
	public static String meaning(CustomerRole role) {
		return MEANINGS.get(role);
	}

	/** The built-in roles' words in their order: "stranger, visitor, lead, customer, promoter, ambassador". */
	public static String builtIn() {
		List<String> words = Arrays.stream(CustomerRole.values()).map(CustomerRole::getLiteral).toList();
		return String.join(", ", words);
	}
}
