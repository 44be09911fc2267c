package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept under journey.tests/golden/, beside the examples they are
 * made from. A missing golden file is written from the actual output and the test fails, so a
 * new golden file is always looked at once before it is trusted.
 */
public final class Golden {

	private Golden() {
	}

	/** The golden folder, found next to the examples folder. */
	public static Path folder() {
		return Examples.folder().getParent().resolve("journey.tests").resolve("golden");
	}

	public static void assertMatches(String name, String actual) {
		Path file = folder().resolve(name);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, actual);
				fail("wrote the missing golden file " + file + ": review it and run again");
			}
			assertEquals(Files.readString(file), actual, "differs from the golden file " + file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Output with the machine's path to the examples replaced by "examples", so golden files travel. */
	public static String portable(String output) {
		String examples = Examples.folder().toString();
		return output.replace(java.net.URI.create("file://" + examples).toString(), "file:examples").replace(examples, "examples");
	}
}
