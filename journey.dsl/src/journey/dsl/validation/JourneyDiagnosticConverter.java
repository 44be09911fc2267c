package journey.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's converter, safe for a text that ends in a lone carriage return: Xtext then reads one
 * character past the end when it computes where a problem ends, and the problem (a syntax error,
 * typically) was lost with a logged exception. Here such a position is computed from the text.
 */
public class JourneyDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		try {
			super.convertResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (IndexOutOfBoundsException atTheEnd) {
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSeverity(severity);
			issue.setMessage(diagnostic.getMessage());
			issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
			issue.setType(CheckType.FAST);
			if (diagnostic instanceof AbstractDiagnostic xtext) {
				issue.setCode(xtext.getCode());
				issue.setData(xtext.getData());
				issue.setOffset(xtext.getOffset());
				issue.setLength(xtext.getLength());
			}
			// the start is inside the text; only the end lies past it, so the problem ends where it starts
			issue.setLineNumber(diagnostic.getLine());
			issue.setColumn(diagnostic.getColumn());
			issue.setLineNumberEnd(diagnostic.getLine());
			issue.setColumnEnd(diagnostic.getColumn() + Math.max(0, issue.getLength() == null ? 0 : issue.getLength()));
			if (diagnostic.getLocation() != null) {
				issue.setUriToProblem(URI.createURI(diagnostic.getLocation()));
			}
			acceptor.accept(issue);
		}
	}

	@Override
	protected IssueLocation getLocationForNode(INode node, int offset, int length) {
		try {
			return super.getLocationForNode(node, offset, length);
		} catch (IndexOutOfBoundsException atTheEnd) {
			IssueLocation location = new IssueLocation();
			int[] start = lineAndColumn(node.getRootNode().getText(), offset);
			int[] end = lineAndColumn(node.getRootNode().getText(), offset + length);
			location.offset = offset;
			location.length = length;
			location.lineNumber = start[0];
			location.column = start[1];
			location.lineNumberEnd = end[0];
			location.columnEnd = end[1];
			return location;
		}
	}

	/** One-based line and column of an offset; \r\n, \r and \n each end a line. */
	static int[] lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		int end = Math.min(Math.max(offset, 0), text.length());
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, end - lineStart + 1 };
	}
}
