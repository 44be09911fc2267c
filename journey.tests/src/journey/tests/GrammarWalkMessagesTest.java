package journey.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import journey.dsl.services.JourneyGrammarAccess;

/**
 * Walks every word of the grammar through the body of every element: where a word is not allowed,
 * the message never tells the analyst that a '}' is missing (the parser's guess when the word is
 * allowed in an element around it), and it says what the element holds.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(journey.dsl.tests.JourneyInjectorProvider.class)
class GrammarWalkMessagesTest {

	/** A place in each kind of body, marked with @; the rest of the text is valid. */
	private static final Map<String, String> BODIES = Map.of(
			"journey", "journey J {\n\tpersona P\n\t@\n\tstage S {\n\t\tstep T\n\t}\n}\n",
			"stage", "journey J {\n\tstage S {\n\t\t@\n\t\tstep T\n\t}\n}\n",
			"step", "journey J {\n\tstage S {\n\t\tstep T {\n\t\t\t@\n\t\t}\n\t}\n}\n",
			"touchpoint", "journey J {\n\tstage S {\n\t\tstep T {\n\t\t\ttouchpoint Tp via W {\n\t\t\t\t@\n\t\t\t}\n\t\t}\n\t}\n}\n",
			"insight", "journey J {\n\tinsight I {\n\t\t@\n\t}\n}\n",
			"opportunity", "journey J {\n\topportunity O {\n\t\t@\n\t}\n}\n",
			"solution", "journey J {\n\tsolution Sol {\n\t\t@\n\t}\n}\n",
			"buying group", "journey J {\n\tbuying group {\n\t\t@\n\t}\n}\n",
			"process", "process P {\n\t@\n}\n");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private JourneyGrammarAccess grammar;

	@Test
	void noWordOfTheGrammarWrittenInTheWrongBodyIsAnsweredWithAMissingBrace() throws IOException {
		TreeSet<String> words = new TreeSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			if (Character.isLetter(keyword.getValue().charAt(0))) {
				words.add(keyword.getValue());
			}
		}
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, String> body : BODIES.entrySet()) {
			for (String word : words) {
				String text = "package walk\npersona P\nchannel W\n" + body.getValue().replace("@", word + " \"x\"");
				List<Resource.Diagnostic> errors = parse(text);
				if (errors.isEmpty()) {
					continue;
				}
				checked++;
				String message = errors.get(0).getMessage();
				boolean explains = message.contains(" holds ") || message.contains(" takes ") || message.contains("a file holds")
						|| message.startsWith("Expected ") || message.startsWith("Missing ") || message.contains("is not ");
				if (message.contains("Missing '}'") || !explains) {
					wrong.add("'" + word + "' in a " + body.getKey() + ": " + message);
				}
			}
		}
		assertTrue(checked > 500, "only " + checked + " misplaced words were tried");
		assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
	}

	private List<Resource.Diagnostic> parse(String text) throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource resource = set.createResource(URI.createURI("inmemory:/walk.journey"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource.getErrors();
	}
}
