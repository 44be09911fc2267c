package journey.dsl.ide.formatting;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import journey.dsl.validation.JourneyIssueCodes;

/**
 * Formatting that says why it cannot format. Xtext's formatter walks the node model, and a text
 * whose nodes the model dropped (a property given twice keeps only its last value) makes it fail
 * with a bare internal error; here the client gets the error in the text that stops it instead.
 */
public class JourneyFormattingService extends FormattingService {

	@Inject
	private IResourceValidator validator;

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		try {
			return super.format(resource, document, offset, length, options);
		} catch (RuntimeException failure) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, whyNot(resource), null));
		}
	}

	/** The error the formatter could not handle: a property given twice if there is one, else the first error. */
	private String whyNot(XtextResource resource) {
		List<Issue> issues = validator.validate(resource, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl);
		return issues.stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR)
				.min(Comparator.comparing((Issue issue) -> !JourneyIssueCodes.DUPLICATE_PROPERTY.equals(issue.getCode())))
				.map(issue -> "Cannot format this file while line " + issue.getLineNumber() + " has an error: " + issue.getMessage())
				.orElse("Cannot format this file: the formatter does not understand its text. Please report it with the file.");
	}
}
