package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected outputs kept under journey.sirius.tests/expected/. A missing one is written from the
 * actual output and the test fails, so that every golden file is read once before it is trusted;
 * -Djourney.golden.update=true rewrites them all.
 */
final class Golden {

	private Golden() {
	}

	static void assertMatches(String name, String actual) {
		String folder = System.getProperty("journey.sirius.tests.expected");
		if (folder == null) {
			throw new IllegalStateException("-Djourney.sirius.tests.expected must name the expected/ folder");
		}
		Path file = Path.of(folder).resolve(name);
		try {
			if (!Files.exists(file) || Boolean.getBoolean("journey.golden.update")) {
				Files.createDirectories(file.getParent());
				boolean existed = Files.exists(file);
				Files.writeString(file, actual);
				if (!existed) {
					fail("wrote the missing golden file " + file + ": review it and run again");
				}
			}
			assertEquals(Files.readString(file), actual, "differs from the golden file " + file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
