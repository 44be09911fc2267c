package journey.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import journey.tests.Examples;

/** Every input that once crashed, hung or changed on a round trip now goes through the whole pipeline. */
class FuzzCorpusTest {

	@TempDir
	Path scratch;

	/** journey.tests/fuzz-corpus: the minimized findings of earlier fuzzing runs, and the smallest inputs of fixed defects. */
	static Path corpus() {
		return Examples.folder().getParent().resolve("journey.tests").resolve("fuzz-corpus");
	}

	static Stream<Path> inputs() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus())) {
			files = list.filter(file -> file.toString().endsWith(".journey")).sorted().toList();
		}
		assertTrue(files.size() >= 10, "the corpus is there: " + corpus());
		return files.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void goesThroughThePipeline(Path input) throws IOException {
		String text = Files.readString(input, StandardCharsets.UTF_8);
		Pipeline.Finding finding = new Fuzzer(scratch, 30_000).runOne(text);
		assertNull(finding, () -> finding.signature() + "\n" + finding.detail());
	}
}
