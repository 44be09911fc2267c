package journey.dsl.resource;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a file without the warnings that follow from a syntax error: in an element with one,
 * only the syntax error is reported ({@link JourneyResource}); the other elements are checked as usual.
 */
public class JourneyResourceValidator extends ResourceValidatorImpl {

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		if (resource instanceof JourneyResource journeyResource) {
			issues.removeIf(issue -> !issue.isSyntaxError() && issue.getOffset() != null && journeyResource.isCutOffBySyntaxError(issue.getOffset()));
		}
		return issues;
	}
}
