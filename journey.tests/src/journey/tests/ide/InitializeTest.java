package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The language server starts for every client: with a root URI, with workspace folders only, and with neither. */
class InitializeTest {

	private static final String TEXT = "persona P \"A person\"\njourney J {\n\tpersona P\n\tstage S { step A }\n}\n";

	@TempDir
	Path root;

	private void servesAnOpenFileAfter(String initializeParams) throws Exception {
		Path file = Files.writeString(root.resolve("a.journey"), TEXT);
		String uri = file.toUri().toString();
		try (RawLspClient client = new RawLspClient()) {
			int id = client.request("initialize", initializeParams);
			JsonObject answer = client.answer(id, 30);
			assertNotNull(answer, "initialize is answered");
			assertTrue(answer.has("result"), answer.toString());
			client.notify("initialized", "{}");
			client.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"journey\",\"version\":1,\"text\":"
					+ new JsonPrimitive(TEXT) + "}}");
			int hover = client.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":2,\"character\":9}}");
			JsonObject shown = client.answer(hover, 30);
			assertNotNull(shown);
			assertTrue(shown.toString().contains("A person"), shown.toString());
			client.request("shutdown", "null");
			client.notify("exit", "null");
		}
	}

	@Test
	void withOnlyWorkspaceFoldersAsLsp317Clients() throws Exception {
		servesAnOpenFileAfter("{\"processId\":1,\"workspaceFolders\":[{\"uri\":\"" + root.toUri() + "\",\"name\":\"w\"}],\"capabilities\":{}}");
	}

	@Test
	void withNoWorkspaceAtAllAsAnEditorWithOneFile() throws Exception {
		servesAnOpenFileAfter("{\"processId\":1,\"rootUri\":null,\"capabilities\":{}}");
	}
}
