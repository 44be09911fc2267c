package journey.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The benchmark's figures: one row per measure, one column per language and workspace size, and the notes of each row. */
final class BenchTable {

	private final Map<String, Map<String, String>> cells = new LinkedHashMap<>();
	private final Set<String> columns = new LinkedHashSet<>();
	private final Map<String, List<String>> notes = new LinkedHashMap<>();

	void put(String row, String column, String figures, String note) {
		cells.computeIfAbsent(row, k -> new LinkedHashMap<>()).put(column, figures);
		columns.add(column);
		if (note != null && !note.isBlank()) {
			notes.computeIfAbsent(row, k -> new ArrayList<>()).add((column.isEmpty() ? "" : column + ": ") + note);
		}
	}

	void print(PrintWriter out) {
		int rowWidth = cells.keySet().stream().mapToInt(String::length).max().orElse(10);
		List<String> shown = columns.stream().filter(column -> !column.isEmpty()).toList();
		Map<String, Integer> widths = new LinkedHashMap<>();
		for (String column : shown) {
			int width = column.length();
			for (Map<String, String> row : cells.values()) {
				width = Math.max(width, row.getOrDefault(column, "").length());
			}
			widths.put(column, width);
		}
		StringBuilder head = new StringBuilder(pad("", rowWidth));
		shown.forEach(column -> head.append("  ").append(pad(column, widths.get(column))));
		out.println(head.toString().stripTrailing());
		for (var row : cells.entrySet()) {
			StringBuilder line = new StringBuilder(pad(row.getKey(), rowWidth));
			if (row.getValue().containsKey("")) {
				line.append("  ").append(row.getValue().get(""));
			} else {
				shown.forEach(column -> line.append("  ").append(pad(row.getValue().getOrDefault(column, ""), widths.get(column))));
			}
			out.println(line.toString().stripTrailing());
		}
		out.println();
		for (var row : notes.entrySet()) {
			for (String note : row.getValue()) {
				out.println(row.getKey() + " — " + note);
			}
		}
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}
}
