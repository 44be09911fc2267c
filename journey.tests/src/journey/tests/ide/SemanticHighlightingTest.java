package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens: names coloured by what they stand for, declarations marked apart from references. */
class SemanticHighlightingTest {

	@TempDir
	Path root;

	@Test
	void declarationsAndReferencesGetTheirConceptsTokenTypeAndOnlyDeclarationsTheModifier() {
		String text = """
				package shop
				import catalog.*
				journey Buy {
					stage Look { step Browse { touchpoint Home via Website { supported by MaintainSite.PublishTours } } }
				}
				""";
		LspTestClient ls = LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, "shop.journey", text));
		assertEquals("""
				Buy: namespace [declaration]
				Look: namespace [declaration]
				Browse: function [declaration]
				Home: interface [declaration]
				Website: enum []
				MaintainSite.PublishTours: function []""", String.join("\n", decode(ls, "shop.journey", text)));
	}

	/** Turns LSP's relative five-integer encoding back into "text: type [modifiers]" lines. */
	private static List<String> decode(LspTestClient ls, String file, String text) {
		List<Integer> data = ls.semanticTokens(file).getData();
		List<String> types = ls.semanticTokenTypes();
		List<String> modifiers = ls.semanticTokenModifiers();
		String[] lines = text.split("\n", -1);
		List<String> tokens = new ArrayList<>();
		int line = 0;
		int column = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
			String word = lines[line].substring(column, column + data.get(i + 2));
			List<String> mods = new ArrayList<>();
			for (int bit = 0; bit < modifiers.size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					mods.add(modifiers.get(bit));
				}
			}
			tokens.add(word + ": " + types.get(data.get(i + 3)) + " " + mods);
		}
		return tokens;
	}
}
