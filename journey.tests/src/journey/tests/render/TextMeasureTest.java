package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import journey.report.render.TextMeasure;

/** Wrapping measures each word once per line; its lines must be what measuring whole lines gives. */
class TextMeasureTest {

	private static final String[] WORDS = { "a", "Journey", "map", "of", "the", "customer's", "first", "visit", "—", "wwwwmmmm", "iiii",
			"Überweisung", "日本語", "(optional)", "70%" };

	@Test
	void everyWrappedLineFitsAndTakesAsManyWordsAsFit() {
		Random random = new Random(3);
		for (int run = 0; run < 2_000; run++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i >= 0; i--) {
				text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : " \t ");
			}
			double width = 90 + random.nextInt(200); // every word fits on a line of its own
			List<String> lines = TextMeasure.wrap(text.toString(), width, 11, 100);
			String[] words = text.toString().strip().split("\\s+");
			assertEquals(String.join(" ", words), String.join(" ", lines), "nothing lost or cut");
			int taken = 0;
			for (String line : lines) {
				assertTrue(TextMeasure.width(line, 11) <= width, "'" + line + "' fits in " + width);
				taken += line.split(" ").length;
				if (taken < words.length) {
					assertTrue(TextMeasure.width(line + " " + words[taken], 11) > width, "'" + line + "' could take '" + words[taken] + "' in " + width);
				}
			}
		}
	}

	@Test
	void whiteSpaceBecomesSingleSpacesAndTheEndsAreTrimmed() {
		assertEquals(List.of("one two three"), TextMeasure.wrap("  one\ttwo \n three  ", 1000, 11, 3));
		assertEquals(List.of("already clean"), TextMeasure.wrap("already clean", 1000, 11, 3));
		assertEquals("a\u2003b", TextMeasure.ellipsize("a\u2003b", 1000, 11), "a wide space inside a label is kept, as before");
	}

	@Test
	void aTextThatDoesNotFitEndsInAnEllipsis() {
		List<String> lines = TextMeasure.wrap("one two three four five six seven eight nine ten", 60, 11, 2);
		assertEquals(2, lines.size());
		assertTrue(lines.get(1).endsWith("\u2026"), lines.toString());
	}
}
