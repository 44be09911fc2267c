package journey.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import journey.dsl.model.JourneyPackage;
import journey.sirius.services.JourneyServices;

/**
 * The viewpoint specification is checked against the metamodel and the services without Sirius:
 * the bundled one passes, and a copy with typical slips fails with exactly those slips.
 */
class OdesignCheckerTest {

	private final OdesignChecker checker = new OdesignChecker(JourneyPackage.eINSTANCE, JourneyServices.class);

	@Test
	void theBundledSpecificationUsesOnlyExistingClassesFeaturesServicesAndMappings() {
		assertEquals(List.of(), checker.check(Odesign.text()));
	}

	@Test
	void aBrokenCopyReportsExactlyItsMisspelledClassFeatureServiceArityAndMapping() {
		String broken = Odesign.text();
		broken = replaceFirst(broken, "domainClass=\"model::Opportunity\"", "domainClass=\"model::Oportunity\"");
		broken = replaceFirst(broken, "semanticCandidatesExpression=\"feature:touchpoints\"", "semanticCandidatesExpression=\"feature:touchpionts\"");
		broken = replaceFirst(broken, "aql:self.solutionLabel()", "aql:self.solutionLable()");
		broken = replaceFirst(broken, "aql:container.createActivity('frontstage')", "aql:container.createActivity()");
		broken = replaceFirst(broken, "@ownedTools[name='IB_DeleteLink']", "@ownedTools[name='IB_DeleteLnk']");
		broken = replaceFirst(broken, "aql:self.kind = model::FlowKind::loop", "aql:self.kind = model::FlowKind::loops");

		assertEquals(List.of(
				"JM_Flow: unknown type or literal model::FlowKind::loops",
				"JM_Touchpoint: unknown feature touchpionts of Step",
				"BP_CreateFrontstageActivity: service createActivity is called with 1 arguments but takes [2]",
				"IB_Opportunity: unknown domain class model::Oportunity",
				"IB_Solution: unknown service solutionLable",
				"IB_FromInsight: deletionDescription names a missing element "
						+ "//@ownedViewpoints[name='Journey']/@ownedRepresentations[name='ImprovementBoard']/@defaultLayer/@toolSections[name='IB_Tools']/@ownedTools[name='IB_DeleteLnk']"),
				checker.check(broken));
	}

	@Test
	void aFeatureThatExistsOnlyOnAnotherClassIsReportedWhereTheContextIsKnown() {
		String broken = replaceFirst(Odesign.text(), "aql:self.keyMoment\"", "aql:self.supportedBy\"");
		assertEquals(List.of("JM_Step: unknown feature supportedBy of Step"), checker.check(broken));
	}

	@Test
	void aMappingWithoutADeletionToolIsReported() {
		String broken = Odesign.text().replaceFirst(" deletionDescription=\"[^\"]*IB_DeleteLink'\\]\"", "");
		assertEquals(List.of("IB_FromInsight: names no deletion tool"), checker.check(broken));
	}

	private static String replaceFirst(String text, String what, String with) {
		int at = text.indexOf(what);
		if (at < 0) {
			throw new IllegalArgumentException("not in the specification: " + what);
		}
		return text.substring(0, at) + with + text.substring(at + what.length());
	}
}
