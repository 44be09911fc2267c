package journey.dsl.syntax;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;

/**
 * Rewrites the parser's syntax errors into sentences an analyst understands: what was found,
 * what the language expected there, and in which element.
 */
public class JourneySyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	public static final String SYNTAX_ERROR = "journey.syntax";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return new SyntaxErrorMessage(context.getDefaultMessage(), SYNTAX_ERROR);
		}
		String[] tokenNames = context.getTokenNames();
		String found = describeFound(exception.token);
		if (isUnclosedText(exception.token)) {
			return new SyntaxErrorMessage("A text in double quotes is not closed: add the missing \" before the end of the line.", SYNTAX_ERROR);
		}
		String where = describeContext(context.getCurrentContext());
		String message;
		if (exception instanceof MissingTokenException missing) {
			message = "Missing " + describeExpected(tokenNames, missing.expecting) + " before " + found + where + ".";
		} else if (exception instanceof UnwantedTokenException unwanted) {
			message = "Unexpected " + describeFound(unwanted.getUnexpectedToken()) + where
					+ "; remove it, or check that every property is given once and before the nested elements.";
		} else if (exception instanceof MismatchedTokenException mismatched) {
			message = "Expected " + describeExpected(tokenNames, mismatched.expecting) + " but found " + found + where + ".";
		} else if (exception instanceof NoViableAltException || exception instanceof EarlyExitException) {
			message = found.substring(0, 1).toUpperCase() + found.substring(1) + " is not allowed here" + where
					+ "; check the keyword's spelling, that every property is given once, and that properties come before nested elements.";
		} else {
			message = "Unexpected " + found + where + ".";
		}
		return new SyntaxErrorMessage(message, SYNTAX_ERROR);
	}

	private static boolean isUnclosedText(Token token) {
		String text = token == null ? null : token.getText();
		return text != null && text.startsWith("\"") && (text.length() == 1 || !text.endsWith("\""));
	}

	private static String describeFound(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "the end of the file";
		}
		return "'" + token.getText() + "'";
	}

	private static String describeExpected(String[] tokenNames, int tokenType) {
		if (tokenType == Token.EOF) {
			return "the end of the file";
		}
		if (tokenNames == null || tokenType < 0 || tokenType >= tokenNames.length) {
			return "more input";
		}
		String name = tokenNames[tokenType];
		return switch (name) {
			case "RULE_ID" -> "a name";
			case "RULE_STRING" -> "a text in double quotes";
			case "RULE_INT" -> "a number";
			case "RULE_DATE" -> "a date such as 2026-03-31";
			default -> name.startsWith("'") ? name : name.toLowerCase();
		};
	}

	private static String describeContext(EObject context) {
		if (context == null || context instanceof JourneyModel) {
			return "";
		}
		String kind = context.eClass().getName().equals("Kpi") ? "KPI"
				: context.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		if (context instanceof NamedElement named && named.getName() != null) {
			return " in " + kind + " " + named.getName();
		}
		return " in " + kind;
	}
}
