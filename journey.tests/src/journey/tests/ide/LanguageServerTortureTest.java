package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The language server survives what no editor should send: broken framing, bad JSON, wrong
 * parameter types, positions off the document, edits to files never opened, and storms of edits
 * and requests from several threads. After each, it answers a health check correctly, and at the
 * end it answers shutdown and exits.
 */
class LanguageServerTortureTest {

	private static final String TEXT = "persona P \"A person\"\njourney J {\n\tpersona P\n\tstage S { step A }\n}\n";

	@TempDir
	Path root;

	private RawLspClient client;
	private String uri;

	@BeforeEach
	void start() throws Exception {
		Path file = Files.writeString(root.resolve("a.journey"), TEXT);
		uri = file.toUri().toString();
		client = new RawLspClient();
		client.initialize(root.toUri().toString());
		client.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"journey\",\"version\":1,\"text\":"
				+ com.google.gson.JsonParser.parseString("\"\"").toString().replace("\"\"", new com.google.gson.JsonPrimitive(TEXT).toString()) + "}}");
	}

	@AfterEach
	void stop() throws Exception {
		try {
			int id = client.request("shutdown", "null");
			assertNotNull(client.answer(id, 10), "shutdown is answered");
			client.notify("exit", "null");
			assertEquals(0, client.exit().get(20, TimeUnit.SECONDS));
		} finally {
			client.close();
		}
	}

	/** Hover over the persona reference on line 3: the server must answer with the persona. */
	private void assertHealthy(String after) throws InterruptedException {
		int id = client.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":2,\"character\":9}}");
		JsonObject answer = client.answer(id, 10);
		assertNotNull(answer, "the server answers a hover after " + after);
		assertTrue(answer.has("result") && answer.toString().contains("A person"), after + ": " + answer);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aContentLengthThatIsNoNumber() throws Exception {
		client.sendRaw(ascii("Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}"));
		assertHealthy("a Content-Length that is no number");
	}

	@Test
	void aContentLengthThatIsTooShort() throws Exception {
		client.sendRaw(ascii("Content-Length: 10\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":{}}"));
		assertHealthy("a Content-Length that is too short");
	}

	@Test
	void aContentLengthThatIsTooLong() throws Exception {
		client.sendRaw(ascii("Content-Length: 5000\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}"));
		assertHealthy("a Content-Length that is too long");
	}

	@Test
	void aBodyOf200KilobytesThatIsNotJson() throws Exception {
		client.send("[".repeat(200_000));
		assertHealthy("200 KB of '['");
		client.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":" + "x".repeat(200_000));
		assertHealthy("200 KB of broken JSON");
	}

	@Test
	void parametersOfTheWrongType() throws Exception {
		int id = client.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":\"here\"}");
		assertNotNull(client.answer(id, 30), "a request with a wrong parameter type is answered (with an error)");
		id = client.request("textDocument/completion", "[1,2,3]");
		assertNotNull(client.answer(id, 30), "a request with a list for its parameters is answered");
		assertHealthy("parameters of the wrong type");
	}

	@Test
	void positionsOffTheDocument() throws Exception {
		for (String position : List.of("{\"line\":99999,\"character\":0}", "{\"line\":-1,\"character\":-5}", "{\"line\":0,\"character\":99999}")) {
			for (String method : List.of("textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/documentHighlight")) {
				int id = client.request(method, "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":" + position + "}");
				assertNotNull(client.answer(id, 30), method + " at " + position + " is answered");
			}
		}
		client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":[{\"range\":"
				+ "{\"start\":{\"line\":500,\"character\":0},\"end\":{\"line\":600,\"character\":3}},\"text\":\"x\"}]}");
		client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":3},\"contentChanges\":[{\"text\":"
				+ new com.google.gson.JsonPrimitive(TEXT).toString() + "}]}");
		assertHealthy("positions off the document");
	}

	@Test
	void editsAndRequestsForAFileThatWasNeverOpened() throws Exception {
		String other = root.resolve("never.journey").toUri().toString();
		client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + other + "\",\"version\":2},\"contentChanges\":[{\"text\":\"journey X {}\"}]}");
		client.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + other + "\"}}");
		int id = client.request("textDocument/hover", "{\"textDocument\":{\"uri\":\"" + other + "\"},\"position\":{\"line\":0,\"character\":0}}");
		assertNotNull(client.answer(id, 30), "a request for a file never opened is answered");
		assertHealthy("edits to a file never opened");
	}

	@Test
	void aStormOfEditsAndRequestsFromFourThreads() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			int thread = t;
			work.add(threads.submit(() -> {
				for (int i = 0; i < 100; i++) {
					if (thread % 2 == 0) {
						String text = TEXT.replace("step A", "step A" + i);
						client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":" + (10 + i * 4 + thread)
								+ "},\"contentChanges\":[{\"text\":" + new com.google.gson.JsonPrimitive(text).toString() + "}]}");
					} else {
						client.request(i % 2 == 0 ? "textDocument/completion" : "textDocument/documentSymbol",
								"{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":3,\"character\":12}}");
					}
				}
			}));
		}
		for (Future<?> future : work) {
			future.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
		client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":9999},\"contentChanges\":[{\"text\":"
				+ new com.google.gson.JsonPrimitive(TEXT).toString() + "}]}");
		assertHealthy("a storm of 200 edits and 200 requests");
	}

	@Test
	void memoryStaysBoundedOverRepeatedOpenEditCloseCycles() throws Exception {
		long before = usedHeapAfterGc();
		for (int cycle = 0; cycle < 300; cycle++) {
			String file = root.resolve("cycle" + (cycle % 10) + ".journey").toUri().toString();
			String text = TEXT.replace("journey J", "journey C" + cycle).replace("persona P \"A person\"\n", "");
			client.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + file + "\",\"languageId\":\"journey\",\"version\":1,\"text\":"
					+ new com.google.gson.JsonPrimitive(text).toString() + "}}");
			client.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + file + "\",\"version\":2},\"contentChanges\":[{\"text\":"
					+ new com.google.gson.JsonPrimitive(text + "// edited\n").toString() + "}]}");
			client.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + file + "\"}}");
		}
		assertHealthy("300 open/edit/close cycles");
		long after = usedHeapAfterGc();
		System.out.printf("language server heap after GC: %.1f MB before, %.1f MB after 300 open/edit/close cycles%n", before / 1e6, after / 1e6);
		assertTrue(after < before + 64_000_000, "no leak of a document per cycle: " + before + " -> " + after);
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
