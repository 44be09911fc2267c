package journey.cli.bench;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.google.inject.Injector;

import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.query.JourneyQueries;
import journey.report.Workspace;
import journey.report.render.JourneyRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `journey bench`: generates realistic workspaces of the given sizes and measures what they cost,
 * stage by stage (lex, parse, full build, Xtext's incremental builder, `journey validate` in a new
 * JVM, heap), optionally beside a stock Xtext language on a workspace of the same size; then the
 * rendering of a long journey, and the language server on one long file through a real LSP client.
 * Prints a table; run it on one core with {@code taskset -c 0 ./journey bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Measures the language on generated workspaces and prints a table (for developers).",
				"Run on one core with: taskset -c 0 ./journey bench --megabytes 12,24 --anchor" })
public class BenchCommand implements Callable<Integer> {

	@Option(names = "--megabytes", paramLabel = "MB", split = ",", defaultValue = "2",
			description = "Sizes of the generated workspaces, comma-separated; one column each. Default: ${DEFAULT-VALUE}.")
	List<Double> megabytes;

	@Option(names = "--anchor", description = "Also measures a stock Xtext language (Xtext's state machine example) on a workspace of each size.")
	boolean anchor;

	@Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Runs of each measurement; the median is printed. Default: ${DEFAULT-VALUE}.")
	int repeat;

	@Option(names = "--lines", paramLabel = "N", defaultValue = "10000", description = "Lines of the file the language server opens. Default: ${DEFAULT-VALUE}.")
	int lines;

	@Option(names = "--steps", paramLabel = "N", defaultValue = "1000", description = "Steps of the journey that is rendered. Default: ${DEFAULT-VALUE}.")
	int steps;

	@Option(names = "--seed", defaultValue = "1", description = "Seed of the generators. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Spec
	CommandSpec spec;

	private final BenchTable table = new BenchTable();
	private final BenchTargets targets = new BenchTargets();
	private String column;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		// what decides how much heap a loaded workspace takes and how it is collected, which every row depends on
		out.printf(Locale.ROOT, "JVM %s, %d processor(s), max heap %d MB, %s collector, compact object headers %s, qualified names interned %s%n",
				Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, collector(),
				onOrOff(jvmFlag("UseCompactObjectHeaders")), onOrOff(Boolean.getBoolean("xtext.qn.interning")));
		List<BenchedLanguage> languages = new ArrayList<>(List.of(BenchedLanguage.journey(seed)));
		if (anchor) {
			languages.add(BenchedLanguage.anchor(seed));
		}
		// One language's columns after the other's, Journey's first: what Xtext keeps for a language
		// outlives its column. The stock language's name caches are weak maps, which let go of an entry
		// whose model is gone only when they are next read: 50 MB after its 12 MB column, which
		// Journey's 24 MB column carried in a 1 GB heap.
		for (BenchedLanguage language : languages) {
			for (double size : megabytes) {
				measureWorkspace(language, size, out);
			}
		}
		measureRendering();
		Path lspFolder = Files.createTempDirectory("journey-bench-lsp-");
		try {
			new LanguageServerBench(new WorkspaceGenerator(seed).singleFile(lines), lspFolder).run(this);
		} finally {
			deleteAll(lspFolder);
		}
		table.print(out);
		targets.print(out, megabytes);
		out.flush();
		return 0;
	}

	private void measureWorkspace(BenchedLanguage language, double size, PrintWriter out) throws Exception {
		Path folder = Files.createTempDirectory("journey-bench-");
		try {
			long bytes = language.writer().write(folder, (long) (size * 1_000_000));
			List<Path> files;
			try (Stream<Path> walk = Files.walk(folder)) {
				files = walk.filter(file -> file.toString().endsWith("." + language.extension())).sorted().toList();
			}
			column = BenchedLanguage.column(language.name(), size);
			out.printf(Locale.ROOT, "%s: %d files, %.1f MB in %s%n", column, files.size(), bytes / 1e6, folder);
			out.flush();
			List<String> texts = new ArrayList<>();
			for (Path file : files) {
				texts.add(Files.readString(file, StandardCharsets.UTF_8));
			}
			Injector injector = language.injector();
			measure(BenchTargets.LEX, () -> XtextStages.lex(injector, texts) + " tokens");
			measure("parse", () -> XtextStages.parse(injector, texts) + " file(s) with syntax errors");
			measure(BenchTargets.FULL_BUILD, () -> XtextStages.fullBuild(injector, files), XtextStages.FullBuild::note);
			measure(BenchTargets.INCREMENTAL, () -> XtextStages.incrementalBuild(injector, folder, files));
			if (language.extension().equals("journey")) {
				measureValidateCommand(folder);
			}
		} finally {
			deleteAll(folder);
		}
	}

	/** `journey validate` end to end in a new JVM, as a user or a CI job runs it: start-up and JIT included. */
	private void measureValidateCommand(Path folder) throws Exception {
		String what = BenchTargets.VALIDATE;
		if (!CommandLineProcess.available()) {
			table.put(what, column, "–", "only from ./journey, whose class path a new JVM can take");
			return;
		}
		measure(what, () -> CommandLineProcess.run("validate", folder.toString()));
	}

	private void measureRendering() throws Exception {
		String text = new WorkspaceGenerator(seed).branchingJourney(steps);
		Workspace workspace = XtextStages.loadText(text);
		Journey journey = workspace.files().keySet().iterator().next().getContents().stream().map(JourneyModel.class::cast)
				.flatMap(model -> model.getJourneys().stream()).findFirst().orElseThrow();
		String size = JourneyQueries.steps(journey).size() + " steps";
		column = "";
		measure("render: journey map SVG, " + size, () -> JourneyRenderer.mapSvg(journey).length() / 1000 + " KB");
		measure("render: blueprint SVG, " + size, () -> JourneyRenderer.blueprintSvg(journey).length() / 1000 + " KB");
		measure("render: step flow SVG, " + size, () -> JourneyRenderer.flowSvg(journey).length() / 1000 + " KB");
		measure("render: journey page, " + size, () -> JourneyRenderer.page(journey, PriorityFormula.DEFAULT).length() / 1000 + " KB");
		measure("render: journey page, " + size + ", no layout remembered", () -> {
			JourneyRenderer.forgetLayouts();
			return JourneyRenderer.page(journey, PriorityFormula.DEFAULT).length() / 1000 + " KB";
		});
	}

	private static void deleteAll(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** Runs a measurement {@link #repeat} times after a warm-up, and keeps the median run's time and note, and the peak heap of all runs. */
	void measure(String what, Callable<String> work) throws Exception {
		measure(what, work, note -> note);
	}

	/** As {@link #measure(String, Callable)}, with each run's note read from its result after its clock has stopped. */
	<T> void measure(String what, Callable<T> work, Function<T, String> describe) throws Exception {
		String figures;
		String note = "";
		try {
			work.call(); // warm-up: class loading and the first JIT compilations
			List<Run> runs = new ArrayList<>();
			long peak = 0;
			for (int i = 0; i < Math.max(1, repeat); i++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				T result = work.call();
				long nanos = System.nanoTime() - start;
				peak = Math.max(peak, peakHeapMegabytes());
				runs.add(new Run(nanos, describe.apply(result)));
			}
			runs.sort(Comparator.comparingLong(Run::nanos));
			Run median = runs.get(runs.size() / 2);
			note = median.note();
			figures = String.format(Locale.ROOT, "%.2f s, %d MB", median.nanos() / 1e9, peak);
			targets.record(what, column, median.nanos() / 1e9);
		} catch (OutOfMemoryError e) {
			// a stock language may not fit where Journey does: the table says so and goes on
			System.gc();
			figures = "out of memory";
			note = "ran out of the " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap";
		}
		table.put(what, column, figures, note);
		progress(what, figures, note);
	}

	/** One run of a measurement: its time, and what it says of its result. */
	private record Run(long nanos, String note) {
	}

	/** Each figure as soon as it is measured: a long run that is stopped still leaves its figures. */
	private void progress(String what, String figures, String note) {
		PrintWriter out = spec.commandLine().getOut();
		out.printf("  %s%s: %s%s%n", column.isEmpty() ? "" : column + ", ", what, figures, note.isBlank() ? "" : " (" + note + ")");
		out.flush();
	}

	/** A row of the language server's figures (one column of their own). */
	void row(String what, String figures, String note) {
		table.put(what, "", figures, note);
		progress(what, figures, note);
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak >> 20;
	}

	/** The collector: on one processor the JVM picks the serial one, on two G1, unless told. */
	private static String collector() {
		String young = ManagementFactory.getGarbageCollectorMXBeans().get(0).getName();
		return switch (young) {
			case "Copy" -> "serial";
			case "PS Scavenge" -> "parallel";
			default -> young.startsWith("G1 ") ? "G1" : young;
		};
	}

	/** Whether the JVM was started with the flag on (-XX:+name), the last of its mentions deciding. */
	private static boolean jvmFlag(String name) {
		List<String> arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
		return arguments.lastIndexOf("-XX:+" + name) > arguments.lastIndexOf("-XX:-" + name);
	}

	private static String onOrOff(boolean on) {
		return on ? "on" : "off";
	}

	static long liveHeapMegabytes() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	static String millis(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return String.format(Locale.ROOT, "p50 %d ms, p95 %d ms over %d", TimeUnit.NANOSECONDS.toMillis(percentile(sorted, 0.5)),
				TimeUnit.NANOSECONDS.toMillis(percentile(sorted, 0.95)), sorted.size());
	}

	static PipedInputStream pipe(PipedOutputStream out) throws IOException {
		return new PipedInputStream(out, 1 << 20);
	}
}
