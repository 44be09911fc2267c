package journey.tests.validation;

import static journey.dsl.validation.JourneyIssueCodes.CUSTOMER_SIDE_OWNER;
import static journey.dsl.validation.JourneyIssueCodes.EMPTY_BUYING_GROUP;
import static journey.dsl.validation.JourneyIssueCodes.MEMBER_WITHOUT_ROLE;
import static journey.tests.validation.ValidationTests.CATALOGUE;
import static journey.tests.validation.ValidationTests.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class BuyingGroupValidatorTest {

	@Inject
	private ValidationTests validation;

	private List<Issue> issues(String body) {
		return only(validation.issueList(CATALOGUE, "package j\nimport cat.*\njourney J {\n\tpersona Shopper\n" + body + "}\n"), CUSTOMER_SIDE_OWNER,
				EMPTY_BUYING_GROUP, MEMBER_WITHOUT_ROLE);
	}

	@Test
	void membersWithTheirRolesWhomTouchpointsDealWithAreFine() {
		validation.assertIssues(issues("""
				buying group "Project group" {
					member Anna "Anna de Vries" is "Head of planning" role decider
					member Joost role gatekeeper
				}
				stage A {
					step One {
						touchpoint Demo via Web {
							with Anna, Joost, Ann
							owner Sales
						}
					}
				}
				"""));
	}

	@Test
	void aMemberNamedAsOwnerOrStakeholderIsAnError() {
		List<Issue> issues = issues("""
				buying group {
					member Anna role decider
				}
				stage A {
					step One {
						touchpoint Demo via Web {
							owner Anna
						}
					}
				}
				solution S {
					owner Sales
					stakeholders Ann, Anna
				}
				""");
		validation.assertIssues(issues, "error journey.customerSideOwner line 11", "error journey.customerSideOwner line 17");
		assertEquals("Anna is a member of the customer's buying group; owner must be the company's own team or person, such as the account manager"
				+ " who works with them.", issues.get(0).getMessage());
	}

	@Test
	void anEmptyGroupIsAWarningAndAMemberWithoutRoleAnInfo() {
		validation.assertIssues(issues("""
				buying group "Empty" {
				}
				"""), "warning journey.emptyBuyingGroup line 5");
		List<Issue> issues = issues("""
				buying group {
					member Anna
				}
				""");
		validation.assertIssues(issues, "info journey.memberWithoutRole line 6");
		assertEquals("What part does Anna play in the decision? Add 'role' and one of initiator, user, influencer, decider, approver, buyer, gatekeeper.",
				issues.get(0).getMessage());
	}
}
