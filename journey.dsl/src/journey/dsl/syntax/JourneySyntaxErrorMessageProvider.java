package journey.dsl.syntax;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.NamedElement;
import journey.dsl.query.JourneyQueries;

/**
 * Rewrites the parser's syntax errors into sentences an analyst understands: what was found, what
 * the element holds, and, for a word that belongs elsewhere, where it belongs or how this element
 * writes the same thing ("in a stage, questions are written with 'asks'"). What may be written
 * where comes from the grammar ({@link GrammarVocabulary}).
 */
public class JourneySyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	public static final String SYNTAX_ERROR = "journey.syntax";

	@Inject
	private GrammarVocabulary vocabulary;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		if (exception == null) {
			return new SyntaxErrorMessage(context.getDefaultMessage(), SYNTAX_ERROR);
		}
		String[] tokenNames = context.getTokenNames();
		if (isUnclosedText(exception.token)) {
			return new SyntaxErrorMessage("A text in double quotes is not closed: add the missing \" at its end.", SYNTAX_ERROR);
		}
		EObject element = context.getCurrentContext();
		String where = describeContext(element);
		String found = describeFound(exception.token);
		Token offending = exception instanceof UnwantedTokenException unwanted ? unwanted.getUnexpectedToken() : exception.token;
		String message;
		if (exception.token == null || exception.token.getType() == Token.EOF) {
			message = "The file ends before " + (where.isEmpty() ? "the last element" : where.substring(" in ".length()))
					+ " is complete: is a closing '}' missing?";
		} else if (isComma(offending) && oneValueOnly(exception, element, tokenNames) != null) {
			message = oneValueOnly(exception, element, tokenNames);
		} else if (exception instanceof MismatchedTokenException mismatched && mismatched.expecting == Token.EOF) {
			message = misplacedAtTopLevel(offending);
		} else if (exception instanceof MissingTokenException missing && !(isWord(offending) && "'}'".equals(expectedName(tokenNames, missing.expecting)))) {
			message = "Missing " + describeExpected(tokenNames, missing.expecting) + " before " + found + where + ".";
		} else if (exception instanceof MismatchedTokenException mismatched && !(exception instanceof UnwantedTokenException)
				&& !(exception instanceof MissingTokenException) && !"'}'".equals(expectedName(tokenNames, mismatched.expecting))) {
			message = "Expected " + describeExpected(tokenNames, mismatched.expecting) + " but found " + found + where + ".";
		} else {
			message = notAllowed(offending, element, context.getCurrentNode());
		}
		return new SyntaxErrorMessage(message, SYNTAX_ERROR);
	}

	/** Value converters already say what is wrong and how to write it; the default would show only their cause. */
	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getValueConverterException().getMessage(), SYNTAX_ERROR);
	}

	/**
	 * A word the element does not hold here: where it belongs, or how this element writes the
	 * same thing, or the nearest word it does hold; then what it holds.
	 */
	private String notAllowed(Token token, EObject element, INode node) {
		EClass here = element == null ? JourneyPackage.Literals.JOURNEY_MODEL : element.eClass();
		if (here == JourneyPackage.Literals.JOURNEY_MODEL) {
			return misplacedAtTopLevel(token);
		}
		String word = token == null ? "" : token.getText();
		String kind = JourneyQueries.kindOf(here);
		String named = element instanceof NamedElement namedElement && namedElement.getName() != null ? " " + namedElement.getName() : "";
		StringBuilder message = new StringBuilder();
		GrammarVocabulary.Entry own = isWord(token) ? vocabulary.entry(here, word) : null;
		GrammarVocabulary.Entry same = isWord(token) ? vocabulary.sameFeature(here, word) : null;
		List<EClass> elsewhere = isWord(token) ? new ArrayList<>(vocabulary.kindsAllowing(word)) : new ArrayList<>();
		elsewhere.remove(here);
		elsewhere.remove(JourneyPackage.Literals.JOURNEY_MODEL);
		GrammarVocabulary.Required missing = missingRequired(element);
		if (missing != null) {
			String feature = JourneyQueries.words(missing.feature());
			message.append(capitalized(kind)).append(named).append(" needs its ").append(feature).append(" here, before ").append(describeFound(token));
			if (!missing.values().isEmpty()) {
				List<String> values = missing.values();
				message.append(": ").append(values.size() <= 8 ? or(values) : String.join(", ", values.subList(0, 8)) + " or another (completion lists them all)");
			}
			message.append('.');
		} else if (own != null) {
			message.append(own.header()
					? "'" + word + "' belongs in the header line of " + kind + named + ", before its '{'."
					: "'" + word + "' belongs inside the braces of " + kind + named + ", after its header line; check also that it is given once"
							+ " and that properties come before nested elements.");
		} else if (same != null) {
			EStructuralFeature feature = here.getEStructuralFeature(same.feature());
			boolean many = feature != null && feature.isMany();
			message.append("In ").append(article(kind)).append(", ").append(many ? "" : "the ").append(JourneyQueries.words(same.feature()))
					.append(many ? " are" : " is").append(" written with '").append(same.words()).append("'");
			if (!elsewhere.isEmpty()) {
				message.append("; '").append(word).append("' belongs in ").append(kinds(elsewhere));
			}
			message.append('.');
		} else if (!elsewhere.isEmpty()) {
			message.append("'").append(word).append("' is not part of ").append(article(kind)).append(named.isEmpty() ? "" : " (" + named.trim() + ")")
					.append(": it belongs in ").append(kinds(elsewhere)).append('.');
			if (startsElementAbove(node, here, word)) {
				message.append(" Is a closing '}' missing before it?");
			}
		} else {
			message.append(describeFound(token)).append(" is not allowed here in ").append(kind).append(named).append('.');
			String nearest = isWord(token) ? nearest(word, here) : null;
			if (nearest != null) {
				message.append(" Did you mean '").append(nearest).append("'?");
			}
		}
		message.append(' ').append(holds(here));
		return message.toString();
	}

	/** The first value the element's header must give that the parser has not read: what stopped it. */
	private GrammarVocabulary.Required missingRequired(EObject element) {
		if (element == null) {
			return null;
		}
		for (GrammarVocabulary.Required required : vocabulary.requiredOf(element.eClass())) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(required.feature());
			if (feature != null && !element.eIsSet(feature)) {
				return required;
			}
		}
		return null;
	}

	/** "A step holds does, thinks, ... and drops; its header line takes as and reached." */
	private String holds(EClass type) {
		List<String> body = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (GrammarVocabulary.Entry entry : vocabulary.entriesOf(type)) {
			(entry.header() ? header : body).add(entry.words());
		}
		String kind = JourneyQueries.kindOf(type);
		String text = capitalized(article(kind));
		if (body.isEmpty() && header.isEmpty()) {
			return text + " holds nothing more.";
		}
		if (body.isEmpty()) {
			return text + " takes " + and(header) + ".";
		}
		return text + " holds " + and(body) + (header.isEmpty() ? "" : "; its header line takes " + and(header)) + ".";
	}

	/** Outside every element: what a file holds, and where a word of an element belongs. */
	private String misplacedAtTopLevel(Token token) {
		List<String> starts = new ArrayList<>();
		for (GrammarVocabulary.Entry entry : vocabulary.entriesOf(JourneyPackage.Literals.JOURNEY_MODEL)) {
			if (entry.element() && !entry.feature().equals("imports")) {
				starts.add(entry.words());
			}
		}
		String word = token == null ? "" : token.getText();
		List<EClass> elsewhere = isWord(token) ? new ArrayList<>(vocabulary.kindsAllowing(word)) : new ArrayList<>();
		elsewhere.remove(JourneyPackage.Literals.JOURNEY_MODEL);
		String belongs = elsewhere.isEmpty() ? "" : " '" + word + "' belongs in " + kinds(elsewhere) + ".";
		return describeFound(token) + " is not allowed here: a file holds a package, imports, journeys and catalogue elements ("
				+ String.join(", ", starts.stream().filter(w -> !w.equals("journey")).toList()) + ")." + belongs;
	}

	/**
	 * A comma after a property that names one thing, as in 'persona P, Q': say that it takes one.
	 * Null when the comma follows no such property.
	 */
	private String oneValueOnly(RecognitionException exception, EObject element, String[] tokenNames) {
		if (element == null || !(exception.input instanceof TokenStream tokens)) {
			return null;
		}
		for (int i = exception.index - 1; i >= 0; i--) {
			Token previous = tokens.get(i);
			if (previous.getChannel() != Token.DEFAULT_CHANNEL) {
				continue;
			}
			String name = previous.getType() >= 0 && tokenNames != null && previous.getType() < tokenNames.length ? tokenNames[previous.getType()] : "";
			if (!name.startsWith("'") || ".".equals(previous.getText())) {
				continue;
			}
			GrammarVocabulary.Entry entry = vocabulary.entry(element.eClass(), previous.getText());
			EStructuralFeature feature = entry == null || entry.feature() == null ? null : element.eClass().getEStructuralFeature(entry.feature());
			if (feature == null || feature.isMany()) {
				return null;
			}
			if (feature == JourneyPackage.Literals.JOURNEY__PERSONA) {
				return "A journey has one persona: one point of view per journey (seed 004). Map the other persona's journey as a journey of its own.";
			}
			String kind = feature.getEType() instanceof EClass type ? JourneyQueries.kindOf(type) : JourneyQueries.words(feature.getName());
			return "'" + entry.words() + "' takes one " + kind + " here, not a list.";
		}
		return null;
	}

	/**
	 * Whether an element that contains this one holds the word as a nested element: then a '}' may
	 * be missing. The containers are read from the node model, since the parser attaches an element
	 * to its container only once the element is complete.
	 */
	private boolean startsElementAbove(INode node, EClass here, String word) {
		boolean inside = false;
		for (INode current = node; current != null; current = current.getParent()) {
			EClass type = typeOf(current.getGrammarElement());
			if (type == null) {
				continue;
			}
			if (!inside) {
				inside = type == here;
				continue;
			}
			GrammarVocabulary.Entry entry = vocabulary.entry(type, word);
			if (entry != null) {
				return entry.element();
			}
		}
		return false;
	}

	private static EClass typeOf(EObject grammarElement) {
		AbstractRule rule = grammarElement instanceof RuleCall call ? call.getRule() : grammarElement instanceof AbstractRule own ? own : null;
		return rule instanceof ParserRule parser && !GrammarUtil.isDatatypeRule(parser) && parser.getType().getClassifier() instanceof EClass type ? type : null;
	}

	/** The word the element holds that is one or two letters away from the given one, if any. */
	private String nearest(String word, EClass type) {
		String best = null;
		int bestDistance = 3;
		for (GrammarVocabulary.Entry entry : vocabulary.entriesOf(type)) {
			int distance = distance(word.toLowerCase(), entry.firstWord());
			if (distance < bestDistance && entry.firstWord().length() > 3) {
				best = entry.words();
				bestDistance = distance;
			}
		}
		return best;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static String kinds(List<EClass> types) {
		return or(types.stream().map(type -> article(JourneyQueries.kindOf(type))).distinct().toList());
	}

	private static String article(String kind) {
		boolean vowel = !kind.isEmpty() && "aeiouAEIO".indexOf(kind.charAt(0)) >= 0 && !kind.startsWith("u");
		return (vowel ? "an " : "a ") + kind;
	}

	private static String and(List<String> words) {
		return join(words, " and ");
	}

	private static String or(List<String> words) {
		return join(words, " or ");
	}

	private static String join(List<String> words, String last) {
		if (words.size() < 2) {
			return String.join("", words);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + last + words.get(words.size() - 1);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean isWord(Token token) {
		String text = token == null ? null : token.getText();
		return text != null && !text.isEmpty() && Character.isLetter(text.charAt(0));
	}

	private static boolean isComma(Token token) {
		return token != null && ",".equals(token.getText());
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
