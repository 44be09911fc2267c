package journey.tests.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs mutated journey texts through the {@link Pipeline} for a while, each under a time limit,
 * and keeps one minimized input per distinct failure or hang. Findings are written to a folder as
 * .journey files, named by their signature, for the corpus that the tests replay.
 */
final class Fuzzer {

	/** What a run did, for the report. */
	record Report(long inputs, long seconds, Map<String, String> findings, int hangs, Map<String, Long> reached) {
	}

	private final Pipeline pipeline;
	private final long perInputMillis;
	private ExecutorService worker = newWorker();

	Fuzzer(Path scratch, long perInputMillis) {
		this.pipeline = new Pipeline(scratch);
		this.perInputMillis = perInputMillis;
	}

	private static ExecutorService newWorker() {
		return Executors.newSingleThreadExecutor(task -> {
			// deep recursion in a library is a finding, not a crash of the fuzzer
			Thread thread = new Thread(null, task, "fuzz-worker", 64L << 20);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The finding for one text, with a hang (over the time limit) as a finding of its own. */
	Pipeline.Finding runOne(String text) {
		Future<Pipeline.Finding> result = worker.submit(() -> pipeline.run(text));
		try {
			return result.get(perInputMillis, TimeUnit.MILLISECONDS);
		} catch (TimeoutException slow) {
			result.cancel(true);
			// the stuck thread is left behind; the next input gets a fresh one
			worker.shutdownNow();
			worker = newWorker();
			return new Pipeline.Finding("hang", "hang: over " + perInputMillis + " ms", "");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException e) {
			return new Pipeline.Finding("fuzzer", Pipeline.signature("fuzzer", e.getCause()), e.getCause().toString());
		}
	}

	/** Fuzzes for the given time from the seeds; findings are minimized and written to {@code findings}. */
	Report run(List<String> seeds, long seed, long seconds, Path findings) throws IOException {
		Mutator mutator = new Mutator(seed, seeds);
		Map<String, String> found = new LinkedHashMap<>();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		long start = System.nanoTime();
		long inputs = 0;
		int hangs = 0;
		while (System.nanoTime() < end) {
			String text = mutator.next();
			inputs++;
			Pipeline.Finding finding = runOne(text);
			if (finding == null) {
				continue;
			}
			if (finding.stage().equals("hang")) {
				hangs++;
			}
			if (!found.containsKey(finding.signature())) {
				String smallest = new Minimizer(this::runOne).minimize(text, finding.signature());
				found.put(finding.signature(), smallest);
				Files.createDirectories(findings);
				Files.writeString(findings.resolve(fileName(finding.signature())), "// " + finding.signature().replace('\n', ' ') + "\n" + smallest,
						StandardCharsets.UTF_8);
			}
		}
		worker.shutdownNow();
		return new Report(inputs, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), found, hangs, Map.copyOf(pipeline.reached));
	}

	static String fileName(String signature) {
		return signature.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".journey";
	}

	/**
	 * The seeds: the examples and the corpus of earlier findings. Each example folder is also one
	 * seed as a single file (one package, no imports), so that mutants of a journey still link to
	 * its catalogue and reach the stages after validation.
	 */
	static List<String> seeds(Path examples, Path corpus) throws IOException {
		List<String> seeds = new ArrayList<>();
		try (var folders = Files.list(examples)) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				StringBuilder whole = new StringBuilder("package whole\n");
				try (var files = Files.list(folder)) {
					for (Path file : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
						for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
							if (!line.startsWith("package ") && !line.startsWith("import ")) {
								whole.append(line).append('\n');
							}
						}
					}
				}
				seeds.add(whole.toString());
			}
		}
		for (Path folder : List.of(examples, corpus)) {
			if (Files.isDirectory(folder)) {
				try (var files = Files.walk(folder)) {
					for (Path file : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
						seeds.add(Files.readString(file, StandardCharsets.UTF_8));
					}
				}
			}
		}
		return seeds;
	}
}
