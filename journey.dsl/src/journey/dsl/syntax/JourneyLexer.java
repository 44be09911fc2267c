package journey.dsl.syntax;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;

import journey.dsl.parser.antlr.internal.InternalJourneyLexer;

/** The generated lexer, with character-level errors told in plain words. */
public class JourneyLexer extends InternalJourneyLexer {

	public JourneyLexer() {
	}

	public JourneyLexer(CharStream input) {
		super(input);
	}

	@Override
	public String getErrorMessage(RecognitionException e, String[] tokenNames) {
		if (e instanceof MismatchedTokenException mismatched && (mismatched.expecting == '"' || mismatched.expecting == '\'')) {
			return "A text in double quotes is not closed: add the missing " + (char) mismatched.expecting + " at its end.";
		}
		if (e.c == CharStream.EOF) {
			return "The file ends in the middle of a word or text.";
		}
		return "The character '" + (char) e.c + "' cannot be used here; names use letters, digits and _, texts go in double quotes.";
	}
}
