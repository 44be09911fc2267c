package journey.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts back the analyst's whitespace between tokens that a change left side by side. The partial
 * serializer writes a whole element again when a list inside it gains its first value, and the
 * formatter then lays the whole element out anew: {@code opportunity Faster { relieves Slow }}
 * would become three lines although nobody touched it. Here the rewritten text keeps the formatter's
 * whitespace only next to tokens that are new or lost a neighbour; between two tokens that were
 * neighbours before, the whitespace is the one that was read. Where new tokens went in between
 * two neighbours, the whitespace after them is the one that separated the neighbours, so a new
 * element follows the layout of the element it was written before.
 */
final class UnchangedLayout {

	/** Beyond this many token pairs in the differing middle, aligning is not worth its cost and the formatter's layout stays. */
	private static final long MAX_ALIGNED_PAIRS = 1_000_000;

	private UnchangedLayout() {
	}

	/** The rewritten text, with the original whitespace between every pair of tokens that are neighbours in both texts. */
	static String restore(String original, String rewritten) {
		List<Token> before = tokens(original);
		List<Token> after = tokens(rewritten);
		int[] match = align(original, before, rewritten, after);
		if (match == null) {
			return rewritten;
		}
		// The start and the end of the texts count as tokens that match each other.
		StringBuilder result = new StringBuilder();
		int position = 0;
		int lastMatched = -1;
		for (int i = 0; i < after.size(); i++) {
			Token token = after.get(i);
			String kept = null;
			if (match[i] >= 0) {
				if (match[i] == (lastMatched < 0 ? 0 : match[lastMatched] + 1)) {
					// the previous matched token was its neighbour: the whitespace between them, or after what went in between, stays
					kept = original.substring(lastMatched < 0 ? 0 : before.get(match[lastMatched]).end, before.get(match[i]).start);
				}
				lastMatched = i;
			} else if (i == 0 || match[i - 1] >= 0) {
				// the first of new tokens: between neighbours on one line, they go on that line as the neighbours were spaced
				String gap = insertedInto(original, before, match, lastMatched, i);
				kept = gap != null && gap.indexOf('\n') < 0 && gap.indexOf('\r') < 0 ? gap : null;
			}
			result.append(kept != null ? kept : rewritten.substring(position, token.start));
			result.append(token.text(rewritten));
			position = token.end;
		}
		boolean endsAlike = lastMatched < 0 ? before.isEmpty() : match[lastMatched] == before.size() - 1;
		result.append(endsAlike && !before.isEmpty() ? original.substring(before.get(before.size() - 1).end) : rewritten.substring(position));
		return result.toString();
	}

	/**
	 * The original whitespace between the neighbours that the run of new tokens starting at the index
	 * went in between, or null when the run also replaced tokens that were there.
	 */
	private static String insertedInto(String original, List<Token> before, int[] match, int lastMatched, int runStart) {
		int next = runStart;
		while (next < match.length && match[next] < 0) {
			next++;
		}
		int previousInOriginal = lastMatched < 0 ? -1 : match[lastMatched];
		int nextInOriginal = next < match.length ? match[next] : before.size();
		if (nextInOriginal != previousInOriginal + 1) {
			return null;
		}
		int start = previousInOriginal < 0 ? 0 : before.get(previousInOriginal).end;
		int end = nextInOriginal < before.size() ? before.get(nextInOriginal).start : original.length();
		return original.substring(start, end);
	}

	private record Token(int start, int end) {
		String text(String source) {
			return source.substring(start, end);
		}
	}

	/** Words, punctuation, strings and comments; whitespace separates them. */
	static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (text.startsWith("//", i)) {
				while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
			} else if (text.startsWith("/*", i)) {
				int close = text.indexOf("*/", i + 2);
				i = close < 0 ? text.length() : close + 2;
			} else if (c == '"' || c == '\'') {
				i++;
				while (i < text.length() && text.charAt(i) != c) {
					i += text.charAt(i) == '\\' ? 2 : 1;
				}
				i = Math.min(i + 1, text.length());
			} else if ("{}(),:".indexOf(c) >= 0) {
				i++;
			} else {
				while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "{}(),:\"'".indexOf(text.charAt(i)) < 0
						&& !text.startsWith("//", i) && !text.startsWith("/*", i)) {
					i++;
				}
			}
			tokens.add(new Token(start, i));
		}
		return tokens;
	}

	/**
	 * For each token of the rewritten text, the index of the same token in the original text, or -1
	 * where it is new: a longest common subsequence of the token texts, after the common start and
	 * end are taken off. Null when the differing middle is too long to align.
	 */
	private static int[] align(String original, List<Token> before, String rewritten, List<Token> after) {
		int[] match = new int[after.size()];
		Arrays.fill(match, -1);
		int head = 0;
		while (head < before.size() && head < after.size() && same(original, before.get(head), rewritten, after.get(head))) {
			match[head] = head;
			head++;
		}
		int tail = 0;
		while (tail < before.size() - head && tail < after.size() - head
				&& same(original, before.get(before.size() - 1 - tail), rewritten, after.get(after.size() - 1 - tail))) {
			match[after.size() - 1 - tail] = before.size() - 1 - tail;
			tail++;
		}
		int rows = before.size() - head - tail;
		int columns = after.size() - head - tail;
		if ((long) rows * columns > MAX_ALIGNED_PAIRS) {
			return null;
		}
		// lengths[i][j]: the longest common subsequence of before[head + i ..] and after[head + j ..]
		int[][] lengths = new int[rows + 1][columns + 1];
		for (int i = rows - 1; i >= 0; i--) {
			for (int j = columns - 1; j >= 0; j--) {
				lengths[i][j] = same(original, before.get(head + i), rewritten, after.get(head + j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		for (int i = 0, j = 0; i < rows && j < columns;) {
			if (same(original, before.get(head + i), rewritten, after.get(head + j))) {
				match[head + j] = head + i;
				i++;
				j++;
			} else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
				i++;
			} else {
				j++;
			}
		}
		return match;
	}

	private static boolean same(String original, Token a, String rewritten, Token b) {
		return a.end - a.start == b.end - b.start && original.regionMatches(a.start, rewritten, b.start, a.end - a.start);
	}
}
