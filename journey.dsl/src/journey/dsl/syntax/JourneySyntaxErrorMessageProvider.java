package journey.dsl.syntax;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.query.JourneyQueries;

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
			return new SyntaxErrorMessage("A text in double quotes is not closed: add the missing \" at its end.", SYNTAX_ERROR);
		}
		EObject element = context.getCurrentContext();
		String where = describeContext(element);
		String message;
		if (exception.token == null || exception.token.getType() == Token.EOF) {
			message = "The file ends before " + (where.isEmpty() ? "the last element" : where.substring(" in ".length()))
					+ " is complete: is a closing '}' missing?";
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting == Token.EOF) {
			message = found + " is not allowed here: a file holds a package, imports, journeys and catalogue elements"
					+ " (persona, channel, team, department, role, person, system, process, scale).";
		} else if (exception instanceof MissingTokenException missing) {
			message = "Missing " + describeExpected(tokenNames, missing.expecting) + " before " + found + where + ".";
		} else if (exception instanceof UnwantedTokenException unwanted) {
			message = notAllowed(describeFound(unwanted.getUnexpectedToken()), where);
		} else if (exception instanceof MismatchedTokenException mismatched && !"'}'".equals(expectedName(tokenNames, mismatched.expecting))) {
			message = "Expected " + describeExpected(tokenNames, mismatched.expecting) + " but found " + found + where + ".";
		} else {
			message = notAllowed(found, where);
		}
		return new SyntaxErrorMessage(message, SYNTAX_ERROR);
	}

	/** Value converters already say what is wrong and how to write it; the default would show only their cause. */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getValueConverterException().getMessage(), SYNTAX_ERROR);
	}

	private static String notAllowed(String found, String where) {
		return found + " is not allowed here" + where
				+ "; check the keyword's spelling, that every property is given once, and that properties come before nested elements.";
	}

	private static String expectedName(String[] tokenNames, int tokenType) {
		return tokenNames == null || tokenType < 0 || tokenType >= tokenNames.length ? "" : tokenNames[tokenType];
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
		String kind = JourneyQueries.kindOf(context.eClass());
		if (context instanceof NamedElement named && named.getName() != null) {
			return " in " + kind + " " + named.getName();
		}
		return " in " + kind;
	}
}
