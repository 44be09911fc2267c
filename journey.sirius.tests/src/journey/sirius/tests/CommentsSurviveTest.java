package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples with a comment above every line and after every opening brace: every palette tool
 * runs on them in real Sirius, and after the save no comment is duplicated, a comment is gone only
 * together with the text it stood in, and without the comments the change is exactly the tool's
 * golden diff.
 */
class CommentsSurviveTest {

	private static final Pattern COMMENT = Pattern.compile("// [ce]\\d+");
	private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^[ \\t]*// c\\d+\\n");
	private static final Pattern TRAILING_COMMENT = Pattern.compile(" // e\\d+$", Pattern.MULTILINE);

	static Stream<Arguments> toolsOnExamples() {
		return PaletteToolsTest.toolsOnExamples();
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("toolsOnExamples")
	void commentsNextToEveryElementSurviveTheTool(String example, String tool) {
		Map<String, String> plain = JourneySession.exampleFiles(example);
		Map<String, String> commented = new TreeMap<>();
		plain.forEach((file, text) -> commented.put(file, withComments(text)));
		Map<String, String> after;
		try (JourneySession session = JourneySession.open(example, commented)) {
			PaletteTools.ALL.get(tool).accept(new PaletteTools.Scene(session));
			session.save();
			after = session.filesOnDisk();
		}
		PaletteToolsTest.assertParsesWithoutErrors(after);
		for (String file : commented.keySet()) {
			assertCommentsKept(file, commented.get(file), after.get(file));
		}
		Map<String, String> stripped = new TreeMap<>();
		after.forEach((file, text) -> stripped.put(file, withoutComments(text)));
		assertEquals(golden(example, tool), TextDiff.of(plain, stripped), "without its comments, the change is the tool's golden diff");
	}

	/** A comment line above every line, and a trailing comment after every opening brace. */
	static String withComments(String text) {
		StringBuilder out = new StringBuilder();
		int number = 0;
		for (String line : text.split("\n", -1)) {
			if (!line.isBlank()) {
				String indentation = line.substring(0, line.length() - line.stripLeading().length());
				out.append(indentation).append("// c").append(++number).append('\n');
				if (line.endsWith("{")) {
					line = line + " // e" + number;
				}
			}
			out.append(line).append('\n');
		}
		return out.substring(0, out.length() - 1);
	}

	static String withoutComments(String text) {
		return TRAILING_COMMENT.matcher(COMMENT_LINE.matcher(text).replaceAll("")).replaceAll("");
	}

	/** No comment is added or doubled; one that is gone went in a run of removed lines that removed text too. */
	private static void assertCommentsKept(String file, String before, String after) {
		Map<String, Integer> had = count(before);
		Map<String, Integer> has = count(after);
		has.forEach((comment, times) -> assertEquals(had.getOrDefault(comment, 0), times, file + ": " + comment + " appears " + times + " times"));
		List<String> diff = TextDiff.lines(before, after);
		List<String> lost = new ArrayList<>();
		for (int i = 0; i < diff.size(); i++) {
			String line = diff.get(i);
			Matcher comment = COMMENT.matcher(line);
			if (line.startsWith("-") && comment.find() && !has.containsKey(comment.group()) && !removedWithText(diff, i)) {
				lost.add(line.substring(1).strip());
			}
		}
		assertEquals(List.of(), lost, file + ": comments lost without the text they stood next to");
	}

	/** Whether the removed line at the index belongs to a run of removed lines that holds text other than comments. */
	private static boolean removedWithText(List<String> diff, int index) {
		int start = index;
		while (start > 0 && !diff.get(start - 1).startsWith(" ")) {
			start--;
		}
		int end = index;
		while (end + 1 < diff.size() && !diff.get(end + 1).startsWith(" ")) {
			end++;
		}
		for (String line : diff.subList(start, end + 1)) {
			String code = TRAILING_COMMENT.matcher(line.substring(1)).replaceAll("").strip();
			if (line.startsWith("-") && !code.isEmpty() && !COMMENT.matcher(code).matches()) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, Integer> count(String text) {
		Map<String, Integer> comments = new HashMap<>();
		Matcher matcher = COMMENT.matcher(text);
		while (matcher.find()) {
			comments.merge(matcher.group(), 1, Integer::sum);
		}
		return comments;
	}

	private static String golden(String example, String tool) {
		try {
			return Files.readString(Path.of(System.getProperty("journey.sirius.tests.expected"), "tools", example, tool + ".diff"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
