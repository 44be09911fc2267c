package journey.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** How the commands print a JSON tree they built: indented, with a final line break. */
public final class JsonText {

	private static final ObjectMapper INDENTING = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private JsonText() {
	}

	public static String indented(JsonNode tree) {
		try {
			return INDENTING.writeValueAsString(tree) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a tree of plain JSON values cannot fail to print", e);
		}
	}
}
