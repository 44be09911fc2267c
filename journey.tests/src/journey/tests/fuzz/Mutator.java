package journey.tests.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Makes new journey texts from seeds, the way a fuzzer does: small random edits of characters
 * and lines, splices of two seeds, and insertions of the words and values that the language
 * and its tools treat specially (keywords, huge and negative numbers, deep nesting, control and
 * bidi characters, markup). Seeded, so a run can be repeated exactly.
 */
final class Mutator {

	private static final List<String> TOKENS = List.of("journey", "stage", "step", "touchpoint", "persona", "channel", "team", "process",
			"activity", "kpi", "scale", "from", "to", "takes", "target", "actual", "feels", "next", "loop", "alternative", "drops",
			"supported by", "triggers", "owner", "import", "package", "{", "}", "\"", ",", ".", ":", "%", "-", "*", "2147483647",
			"-2147483648", "99999999999999999999", "0.000001", "1e309", "2026-02-30", "9999-99-99", "\r", "\r\n", "\t", "\u0000", "\u001b[31m",
			"\u202e", "\ufeff", "\ud83d\ude00", "<script>alert(1)</script>", "&amp;", "]]>", "--", "/*", "*/", "//", "\\",
			"€", "ß", "\u0301", "frontstage", "backstage", "support", "severity", "critical", "frequency", "always", "reach", "evidence",
			"insight", "opportunity", "solution", "state", "current", "future", "as", "reached", "key moment", "via", "pain", "success");

	private final Random random;
	private final List<String> seeds;

	Mutator(long seed, List<String> seeds) {
		this.random = new Random(seed);
		this.seeds = seeds;
	}

	/** A new text: a seed with one to four edits. */
	String next() {
		String text = seeds.get(random.nextInt(seeds.size()));
		// one edit most of the time: mutants that still parse reach the stages after the parser
		int edits = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(3);
		for (int i = 0; i < edits; i++) {
			text = mutate(text);
		}
		return withoutLoneSurrogates(text);
	}

	/** An edit can cut a character outside the basic plane in half; a file cannot hold half a character. */
	static String withoutLoneSurrogates(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			} else {
				out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
			}
		}
		return out.toString();
	}

	private String mutate(String text) {
		int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
		return switch (random.nextInt(14)) {
			case 10, 11 -> insideAText(text);
			case 12 -> replaceNumber(text);
			case 13 -> duplicateLine(text);
			case 0 -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
			case 1 -> text.substring(0, at) + " " + TOKENS.get(random.nextInt(TOKENS.size())) + " " + text.substring(at);
			case 2 -> deleteRange(text, at);
			case 3 -> duplicateRange(text, at);
			case 4 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at); // below the surrogates: a file holds no lone half
			case 5 -> splice(text, at);
			case 6 -> swapLines(text);
			case 7 -> text.substring(0, at) + nesting() + text.substring(at);
			case 8 -> replaceNumber(text);
			default -> text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
		};
	}

	/** Hostile or odd content inside a quoted text, which keeps the file parsing. */
	private String insideAText(String text) {
		java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"[^\"\\n]*\"").matcher(text);
		List<int[]> texts = new java.util.ArrayList<>();
		while (quoted.find()) {
			texts.add(new int[] { quoted.start() + 1, quoted.end() - 1 });
		}
		if (texts.isEmpty()) {
			return text;
		}
		int[] chosen = texts.get(random.nextInt(texts.size()));
		int at = chosen[0] + random.nextInt(chosen[1] - chosen[0] + 1);
		String[] odd = { "<script>alert(1)</script>", "\u202eevil", "\u0007\u001b[2J", "x".repeat(5000), "\\\"", "\\n", "| * _ ` #", "&lt;",
				"]]><!--", "\ud83d\ude00\u0301", "${x}", "%s%n", "\t", "" };
		return text.substring(0, at) + odd[random.nextInt(odd.length)] + text.substring(at);
	}

	private String duplicateLine(String text) {
		String[] lines = text.split("\n", -1);
		int line = random.nextInt(lines.length);
		List<String> copy = new java.util.ArrayList<>(List.of(lines));
		copy.add(line, lines[line]);
		return String.join("\n", copy);
	}

	private String deleteRange(String text, int at) {
		int end = Math.min(text.length(), at + 1 + random.nextInt(40));
		return at >= text.length() ? text : text.substring(0, at) + text.substring(end);
	}

	private String duplicateRange(String text, int at) {
		int end = Math.min(text.length(), at + 1 + random.nextInt(200));
		return at >= text.length() ? text : text.substring(0, end) + text.substring(at, end) + text.substring(end);
	}

	private String splice(String text, int at) {
		String other = seeds.get(random.nextInt(seeds.size()));
		int from = other.isEmpty() ? 0 : random.nextInt(other.length());
		int to = Math.min(other.length(), from + random.nextInt(300));
		return text.substring(0, at) + other.substring(from, to) + text.substring(at);
	}

	private String swapLines(String text) {
		String[] lines = text.split("\n", -1);
		if (lines.length < 2) {
			return text;
		}
		int a = random.nextInt(lines.length);
		int b = random.nextInt(lines.length);
		String line = lines[a];
		lines[a] = lines[b];
		lines[b] = line;
		return String.join("\n", lines);
	}

	private String nesting() {
		int depth = 1 + random.nextInt(random.nextBoolean() ? 10 : 2000);
		String open = random.nextBoolean() ? "{" : "(";
		return open.repeat(depth) + (random.nextBoolean() ? (open.equals("{") ? "}" : ")").repeat(depth) : "");
	}

	private String replaceNumber(String text) {
		java.util.regex.Matcher number = java.util.regex.Pattern.compile("-?\\d+").matcher(text);
		int count = 0;
		while (number.find()) {
			count++;
		}
		if (count == 0) {
			return text;
		}
		int pick = random.nextInt(count);
		number.reset();
		for (int i = 0; i <= pick; i++) {
			number.find();
		}
		String[] values = { "0", "-1", "2147483647", "-2147483648", "9223372036854775807", "100000", "101", "-0", "00" };
		return text.substring(0, number.start()) + values[random.nextInt(values.length)] + text.substring(number.end());
	}
}
