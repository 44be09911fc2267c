package journey.dsl.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for the journey language's braces and parentheses. */
public class JourneyBracketMatcher extends DefaultCharacterPairMatcher {

	public JourneyBracketMatcher() {
		super(new char[] { '{', '}', '(', ')', '[', ']' });
	}
}
