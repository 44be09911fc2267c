package journey.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import journey.dsl.validation.JourneyIssueCodes;
import journey.tests.validation.ValidationTests;

/** An unresolved reference names what was looked for and how to make it visible, and carries both for quick fixes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class JourneyLinkingDiagnosticMessageProviderTest {

	@Inject
	private ValidationTests validation;

	@Test
	void anUnknownCatalogueElementSuggestsAnImport() {
		Issue issue = only(validation.issueList("""
				journey J { persona Explorer }
				"""));
		assertEquals("No persona named 'Explorer' is visible here: declare it, or import the package that declares it (for example import catalog.*).",
				issue.getMessage());
		assertEquals(List.of("Persona", "Explorer"), List.of(issue.getData()));
	}

	@Test
	void anUnknownStepSaysItIsLookedForInTheJourney() {
		Issue issue = only(validation.issueList("""
				journey J { stage S { step A { next Compare 50% } } }
				"""));
		assertEquals("No step named 'Compare' in this journey: declare it, or write <Journey>.Compare for another journey's.", issue.getMessage());
	}

	@Test
	void anUnknownOwnerIsCalledATeamOrPerson() {
		Issue issue = only(validation.issueList("""
				process P owner Nobody
				"""));
		assertEquals(List.of("Party", "Nobody"), List.of(issue.getData()));
		assertEquals(true, issue.getMessage().startsWith("No team or person named 'Nobody' is visible here"));
	}

	private static Issue only(List<Issue> issues) {
		List<Issue> unresolved = ValidationTests.only(issues, JourneyIssueCodes.UNRESOLVED_REFERENCE);
		assertEquals(1, unresolved.size(), issues.toString());
		return unresolved.get(0);
	}
}
