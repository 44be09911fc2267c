package journey.cli.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures read against the targets of the language's performance work, as ratios
 * within one run: this machine's speed varies from run to run, and a ratio of two figures measured
 * side by side varies far less than either figure.
 */
final class BenchTargets {

	static final String LEX = "lex";
	static final String FULL_BUILD = "full build (load, index, link, all checks)";
	static final String INCREMENTAL = "Xtext incremental builder (language server's path)";
	static final String VALIDATE = "journey validate, new JVM (wall)";

	private final Map<String, Double> seconds = new HashMap<>();

	/** The median time of a measure in a column ("journey 12 MB", "stock Xtext 12 MB"). */
	void record(String row, String column, double value) {
		seconds.put(row + "\n" + column, value);
	}

	void print(PrintWriter out, List<Double> sizes) {
		List<String> lines = new ArrayList<>();
		ratios(lines, "full build, journey ÷ stock Xtext", FULL_BUILD, BenchedLanguage.ANCHOR, FULL_BUILD, sizes, "at most 0.33");
		ratios(lines, "incremental builder, journey ÷ stock Xtext", INCREMENTAL, BenchedLanguage.ANCHOR, INCREMENTAL, sizes, null);
		ratios(lines, "full build ÷ lex, journey", FULL_BUILD, BenchedLanguage.JOURNEY, LEX, sizes, "at most 10");
		for (int i = 1; i < sizes.size(); i++) {
			StringBuilder line = new StringBuilder(BenchedLanguage.column("journey at", sizes.get(i)) + " ÷ "
					+ BenchedLanguage.column("at", sizes.get(0)) + ":");
			boolean any = false;
			for (String row : List.of(FULL_BUILD, INCREMENTAL, VALIDATE)) {
				Double large = get(row, BenchedLanguage.JOURNEY, sizes.get(i));
				Double small = get(row, BenchedLanguage.JOURNEY, sizes.get(0));
				if (large != null && small != null) {
					line.append(any ? ", " : " ").append(shortName(row)).append(' ').append(ratio(large / small));
					any = true;
				}
			}
			if (any) {
				boolean twice = sizes.get(i) == 2 * sizes.get(0);
				lines.add(line + (twice ? " (target for twice the size: at most 2.1 each)" : ""));
			}
		}
		if (!lines.isEmpty()) {
			out.println();
			out.println("Against the targets (ratios within this run):");
			lines.forEach(line -> out.println("  " + line));
		}
	}

	/** Journey's figure of a row against another language's or row's figure, per size. */
	private void ratios(List<String> lines, String what, String row, String byLanguage, String byRow, List<Double> sizes, String target) {
		List<String> found = new ArrayList<>();
		for (double size : sizes) {
			Double value = get(row, BenchedLanguage.JOURNEY, size);
			Double by = get(byRow, byLanguage, size);
			if (value != null && by != null && by > 0) {
				found.add(ratio(value / by) + " " + BenchedLanguage.column("at", size));
			}
		}
		if (!found.isEmpty()) {
			lines.add(what + ": " + String.join(", ", found) + (target == null ? "" : " (target: " + target + ")"));
		}
	}

	private Double get(String row, String language, double size) {
		return seconds.get(row + "\n" + BenchedLanguage.column(language, size));
	}

	private static String shortName(String row) {
		return switch (row) {
			case FULL_BUILD -> "full build";
			case INCREMENTAL -> "incremental builder";
			default -> "journey validate";
		};
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
