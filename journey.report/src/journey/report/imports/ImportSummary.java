package journey.report.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, in the words its summary prints: what it created, updated and removed, what it
 * kept although its source no longer has it, and what it skipped, each with the reason.
 */
public final class ImportSummary {

	/** The kinds of line, in the order the summary prints them. */
	public enum Kind {
		CREATED("created"), UPDATED("updated"), REMOVED("removed"), KEPT("kept"), SKIPPED("skipped");

		private final String word;

		Kind(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}
	}

	/** One thing the import did: what and, where it helps, why. */
	public record Line(Kind kind, String what, String why) {
		@Override
		public String toString() {
			return kind.word() + " " + what + (why == null || why.isEmpty() ? "" : ": " + why);
		}
	}

	private final List<Line> lines = new ArrayList<>();

	public void created(String what) {
		lines.add(new Line(Kind.CREATED, what, null));
	}

	public void updated(String what, String why) {
		lines.add(new Line(Kind.UPDATED, what, why));
	}

	public void removed(String what, String why) {
		lines.add(new Line(Kind.REMOVED, what, why));
	}

	public void kept(String what, String why) {
		lines.add(new Line(Kind.KEPT, what, why));
	}

	public void skipped(String what, String why) {
		lines.add(new Line(Kind.SKIPPED, what, why));
	}

	public List<Line> lines() {
		return List.copyOf(lines);
	}

	public long count(Kind kind) {
		return lines.stream().filter(line -> line.kind() == kind).count();
	}

	/** Whether the import changes anything; skipped and kept lines change nothing. */
	public boolean changesSomething() {
		return count(Kind.CREATED) + count(Kind.UPDATED) + count(Kind.REMOVED) > 0;
	}

	/** The summary as printed: one line per thing, in the order of the kinds, then the counts. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Kind kind : Kind.values()) {
			lines.stream().filter(line -> line.kind() == kind).forEach(line -> text.append("  ").append(line).append('\n'));
		}
		text.append(counts()).append('\n');
		return text.toString();
	}

	/** "2 created, 1 updated, 0 removed, 0 kept, 3 skipped". */
	public String counts() {
		List<String> parts = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			parts.add(count(kind) + " " + kind.word());
		}
		return String.join(", ", parts);
	}
}
