package journey.tests.ide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import journey.dsl.ide.server.JourneyLanguageServer;

/**
 * Talks to the journey language server byte by byte, as `journey lsp` is talked to over stdio, so
 * that tests can send what no well-behaved client would: broken framing, bad JSON, wrong types.
 * Every message the server writes is kept, in order.
 */
final class RawLspClient implements AutoCloseable {

	private final OutputStream toServer;
	private final BlockingQueue<JsonObject> fromServer = new LinkedBlockingQueue<>();
	private final CompletableFuture<Integer> exit;
	private final AtomicInteger ids = new AtomicInteger(1000);

	RawLspClient() throws IOException {
		PipedOutputStream clientOut = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 20);
		PipedOutputStream serverOut = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
		toServer = clientOut;
		exit = JourneyLanguageServer.start(serverIn, serverOut, binder -> {
		});
		Thread reader = new Thread(() -> read(clientIn), "raw-lsp-client-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Sends bytes as they are: the test decides whether they are a well-formed message. */
	synchronized void sendRaw(byte[] bytes) {
		try {
			toServer.write(bytes);
			toServer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Sends one well-framed message with this body. */
	void send(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream frame = new ByteArrayOutputStream();
		frame.writeBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		frame.writeBytes(body);
		sendRaw(frame.toByteArray());
	}

	/** Sends a request and returns its id. */
	int request(String method, String params) {
		int id = ids.incrementAndGet();
		send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
		return id;
	}

	void notify(String method, String params) {
		send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
	}

	/** The server's answer to the request with this id, skipping notifications; null after the timeout. */
	JsonObject answer(int id, long seconds) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < end) {
			JsonObject message = fromServer.poll(50, TimeUnit.MILLISECONDS);
			if (message != null && message.has("id") && !message.get("id").isJsonNull() && message.get("id").getAsString().equals(Integer.toString(id))
					&& (message.has("result") || message.has("error"))) {
				return message;
			}
		}
		return null;
	}

	void initialize(String rootUri) throws InterruptedException {
		int id = request("initialize", "{\"processId\":1,\"rootUri\":" + (rootUri == null ? "null" : "\"" + rootUri + "\"") + ",\"capabilities\":{}}");
		if (answer(id, 30) == null) {
			throw new IllegalStateException("no answer to initialize");
		}
		notify("initialized", "{}");
	}

	CompletableFuture<Integer> exit() {
		return exit;
	}

	private void read(InputStream in) {
		try {
			while (true) {
				int length = -1;
				StringBuilder line = new StringBuilder();
				while (true) {
					int c = in.read();
					if (c < 0) {
						return;
					}
					if (c == '\n') {
						String header = line.toString().strip();
						if (header.isEmpty()) {
							break;
						}
						if (header.startsWith("Content-Length:")) {
							length = Integer.parseInt(header.substring("Content-Length:".length()).strip());
						}
						line.setLength(0);
					} else {
						line.append((char) c);
					}
				}
				byte[] body = in.readNBytes(length);
				fromServer.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
			}
		} catch (IOException e) {
			// the server closed its output
		}
	}

	@Override
	public void close() {
		try {
			toServer.close();
		} catch (IOException e) {
			// already closed
		}
	}
}
