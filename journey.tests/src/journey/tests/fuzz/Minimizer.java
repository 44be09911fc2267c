package journey.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing input while it still fails the same way: first whole lines, then characters,
 * each by removing chunks that halve in size (delta debugging). Bounded in runs and in time.
 */
final class Minimizer {

	private static final int MAX_RUNS = 300;
	/** A hang costs the whole time limit per run: minimizing stops after this long, with what it has. */
	private static final long MAX_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
	private final long deadline = System.nanoTime() + MAX_NANOS;

	private final Function<String, Pipeline.Finding> run;
	private int runs;

	Minimizer(Function<String, Pipeline.Finding> run) {
		this.run = run;
	}

	String minimize(String text, String signature) {
		String lines = shrink(split(text, true), signature, "");
		return Mutator.withoutLoneSurrogates(shrink(split(lines, false), signature, ""));
	}

	private static List<String> split(String text, boolean byLine) {
		List<String> parts = new ArrayList<>();
		if (byLine) {
			for (String line : text.split("(?<=\n)")) {
				parts.add(line);
			}
		} else {
			text.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
		}
		return parts;
	}

	private String shrink(List<String> parts, String signature, String joiner) {
		int chunk = Math.max(1, parts.size() / 2);
		while (chunk >= 1 && runs < MAX_RUNS && System.nanoTime() < deadline) {
			boolean removed = false;
			for (int from = 0; from < parts.size() && runs < MAX_RUNS && System.nanoTime() < deadline; ) {
				List<String> candidate = new ArrayList<>(parts.subList(0, from));
				candidate.addAll(parts.subList(Math.min(parts.size(), from + chunk), parts.size()));
				runs++;
				Pipeline.Finding finding = run.apply(String.join(joiner, candidate));
				if (finding != null && finding.signature().equals(signature)) {
					parts = candidate;
					removed = true;
				} else {
					from += chunk;
				}
			}
			if (!removed) {
				chunk /= 2;
			}
		}
		return String.join(joiner, parts);
	}
}
