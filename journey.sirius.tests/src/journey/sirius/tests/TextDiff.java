package journey.sirius.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A line diff in the unified format, with one line of context, for golden files that a reviewer reads. */
final class TextDiff {

	private static final int CONTEXT = 1;

	private TextDiff() {
	}

	/** The diffs of every file that changed, file by file; empty when nothing changed. */
	static String of(Map<String, String> before, Map<String, String> after) {
		StringBuilder diff = new StringBuilder();
		TreeSet<String> names = new TreeSet<>(before.keySet());
		names.addAll(after.keySet());
		for (String name : names) {
			String old = before.getOrDefault(name, "");
			String now = after.getOrDefault(name, "");
			if (!old.equals(now)) {
				diff.append("--- ").append(name).append('\n').append("+++ ").append(name).append('\n').append(unified(old, now));
			}
		}
		return diff.toString();
	}

	/** The hunks that turn one text into the other (longest common subsequence of lines). */
	static String unified(String before, String after) {
		List<String> lines = lines(before, after);
		List<int[]> positions = positions(lines);
		StringBuilder out = new StringBuilder();
		int k = 0;
		while (k < lines.size()) {
			if (lines.get(k).startsWith(" ")) {
				k++;
				continue;
			}
			// one hunk: this change, the changes at most 2 context lines apart from it, and 1 line around
			int last = k;
			for (int next = k + 1; next < lines.size() && next <= last + 1 + 2 * CONTEXT; next++) {
				if (!lines.get(next).startsWith(" ")) {
					last = next;
				}
			}
			int start = Math.max(0, k - CONTEXT);
			int end = Math.min(lines.size(), last + 1 + CONTEXT);
			out.append(header(positions, start, end)).append('\n');
			for (String line : lines.subList(start, end)) {
				out.append(line).append('\n');
			}
			k = end;
		}
		return out.toString();
	}

	/** Every line of both texts, marked " " when kept, "-" when removed and "+" when added, in order. */
	static List<String> lines(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				lines.add(" " + a[i++]);
				j++;
			} else if (j < b.length && (i == a.length || common[i][j + 1] > common[i + 1][j])) {
				lines.add("+" + b[j++]);
			} else {
				lines.add("-" + a[i++]);
			}
		}
		return lines;
	}

	/** Per marked line: its index in the text before (or -1) and in the text after (or -1). */
	private static List<int[]> positions(List<String> lines) {
		List<int[]> positions = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (String line : lines) {
			char mark = line.charAt(0);
			positions.add(new int[] { mark == '+' ? -1 : i++, mark == '-' ? -1 : j++ });
		}
		return positions;
	}

	private static String header(List<int[]> positions, int start, int end) {
		int oldStart = -1;
		int oldCount = 0;
		int newStart = -1;
		int newCount = 0;
		for (int[] position : positions.subList(start, end)) {
			if (position[0] >= 0) {
				oldStart = oldStart < 0 ? position[0] : oldStart;
				oldCount++;
			}
			if (position[1] >= 0) {
				newStart = newStart < 0 ? position[1] : newStart;
				newCount++;
			}
		}
		return "@@ -" + (oldStart + 1) + "," + oldCount + " +" + (newStart + 1) + "," + newCount + " @@";
	}
}
