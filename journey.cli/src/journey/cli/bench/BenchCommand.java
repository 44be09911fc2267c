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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Injector;

import journey.dsl.syntax.JourneyLexer;
import journey.report.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `journey bench`: generates a realistic workspace of the given size and measures what it costs,
 * stage by stage (lex, parse, full build, Xtext's incremental builder, heap), then the language
 * server on one long file through a real LSP client. Prints a table; run it on one core with
 * {@code taskset -c 0 ./journey bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Measures the language on a generated workspace and prints a table (for developers).",
				"Run on one core with: taskset -c 0 ./journey bench --megabytes 12" })
public class BenchCommand implements Callable<Integer> {

	@Option(names = "--megabytes", paramLabel = "MB", defaultValue = "2", description = "Size of the generated workspace. Default: ${DEFAULT-VALUE}.")
	double megabytes;

	@Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Runs of each measurement; the median is printed. Default: ${DEFAULT-VALUE}.")
	int repeat;

	@Option(names = "--lines", paramLabel = "N", defaultValue = "10000", description = "Lines of the file the language server opens. Default: ${DEFAULT-VALUE}.")
	int lines;

	@Option(names = "--seed", defaultValue = "1", description = "Seed of the generator. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Spec
	CommandSpec spec;

	private final List<String[]> rows = new ArrayList<>();

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		Path folder = Files.createTempDirectory("journey-bench-");
		long bytes = new WorkspaceGenerator(seed).generate(folder, (long) (megabytes * 1_000_000), 4);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(file -> file.toString().endsWith(".journey")).sorted().toList();
		}
		out.printf(Locale.ROOT, "workspace: %d files, %.1f MB in %s; JVM %s, %d processor(s), max heap %d MB%n", files.size(), bytes / 1e6, folder,
				Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		Injector injector = Workspace.injector();
		List<String> texts = new ArrayList<>();
		for (Path file : files) {
			texts.add(Files.readString(file, StandardCharsets.UTF_8));
		}

		measure("lex", () -> {
			long tokens = 0;
			for (String text : texts) {
				JourneyLexer lexer = new JourneyLexer(new ANTLRStringStream(text));
				for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
					tokens++;
				}
			}
			return tokens + " tokens";
		});
		IParser parser = injector.getInstance(IParser.class);
		measure("parse", () -> {
			long errors = 0;
			for (String text : texts) {
				errors += parser.parse(new java.io.StringReader(text)).hasSyntaxErrors() ? 1 : 0;
			}
			return errors + " file(s) with syntax errors";
		});
		measure("full build (load, index, link, all checks)", () -> {
			Workspace workspace = Workspace.load(List.of(folder));
			long errors = 0;
			for (Resource resource : workspace.files().keySet()) {
				errors += ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
						.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
						.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
			}
			return errors + " error(s); live heap after " + liveHeapMegabytes() + " MB";
		});
		measure("Xtext incremental builder (language server's path)", () -> incrementalBuild(injector, folder, files));
		Path lspFolder = Files.createTempDirectory("journey-bench-lsp-");
		new LanguageServerBench(new WorkspaceGenerator(seed).singleFile(lines), lspFolder).run(this);
		print(out);
		deleteAll(folder);
		deleteAll(lspFolder);
		return 0;
	}

	private static void deleteAll(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** Xtext's IncrementalBuilder over every file, set up as the language server's project manager sets it up. */
	private static String incrementalBuild(Injector injector, Path folder, List<Path> files) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		ProjectDescription project = new ProjectDescription();
		project.setName("bench");
		project.attachToEmfObject(resourceSet);
		ResourceDescriptionsData index = new ResourceDescriptionsData(Collections.emptyList());
		new ChunkedResourceDescriptions(Map.of(), resourceSet).setContainer("bench", index);
		BuildRequest request = new BuildRequest();
		request.setBaseDir(URI.createFileURI(folder.toString()));
		request.setDirtyFiles(files.stream().map(file -> URI.createFileURI(file.toString())).toList());
		request.setResourceSet(resourceSet);
		request.setState(new IndexState(index, new Source2GeneratedMapping()));
		long[] issues = new long[2];
		request.setAfterValidate((uri, found) -> {
			for (var issue : found) {
				issues[issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR ? 0 : 1]++;
			}
			return true;
		});
		IResourceServiceProvider language = injector.getInstance(IResourceServiceProvider.class);
		injector.getInstance(IncrementalBuilder.class).build(request, uri -> language);
		return issues[0] + " error(s), " + issues[1] + " other issue(s)";
	}

	/** Runs a measurement {@link #repeat} times after a warm-up, and keeps the median time, the peak heap and the note of the last run. */
	void measure(String what, Callable<String> work) throws Exception {
		work.call(); // warm-up: class loading and the first JIT compilations
		List<Long> nanos = new ArrayList<>();
		String note = "";
		long peak = 0;
		for (int i = 0; i < Math.max(1, repeat); i++) {
			System.gc();
			resetPeaks();
			long start = System.nanoTime();
			note = work.call();
			nanos.add(System.nanoTime() - start);
			peak = Math.max(peak, peakHeapMegabytes());
		}
		Collections.sort(nanos);
		row(what, String.format(Locale.ROOT, "%.2f s", nanos.get(nanos.size() / 2) / 1e9), peak + " MB", note);
	}

	void row(String what, String time, String heap, String note) {
		rows.add(new String[] { what, time, heap, note });
	}

	private void print(PrintWriter out) {
		String format = "%-52s %10s %10s  %s%n";
		out.printf(format, "measure", "time", "peak heap", "");
		for (String[] row : rows) {
			out.printf(format, (Object[]) row);
		}
		out.flush();
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

	private static long liveHeapMegabytes() {
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
