package journey.dsl.ide.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The client's byte stream as LSP4J should see it: only well-framed messages whose body is one
 * JSON value of sane depth. LSP4J trusts its input: a Content-Length that is wrong puts its reader
 * out of step with every message after, and a deeply nested body overflows the stack of its only
 * reading thread; either way the server stays up but never answers again. Here a broken message is
 * dropped with a line on stderr, and reading resumes at the next "Content-Length" header.
 */
final class FramedInput extends InputStream {

	/** Far deeper than any LSP message, far shallower than Gson's recursion can bear. */
	static final int MAX_DEPTH = 128;
	/** Larger messages are refused rather than buffered. */
	static final int MAX_LENGTH = 64 << 20;
	private static final byte[] HEADER = "Content-Length:".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private final InputStream in;
	private final PrintStream log;
	/** Bytes read from the client and not yet framed: buffer[start, end). */
	private byte[] buffer = new byte[8192];
	private int start;
	private int end;
	private boolean endOfInput;
	/** The next good frame, as LSP4J reads it. */
	private byte[] frame = new byte[0];
	private int framePosition;

	FramedInput(InputStream in, PrintStream log) {
		this.in = in;
		this.log = log;
	}

	@Override
	public int read() throws IOException {
		// LSP4J reads the headers a byte at a time
		while (framePosition == frame.length) {
			if (!nextFrame()) {
				return -1;
			}
		}
		return frame[framePosition++] & 0xFF;
	}

	@Override
	public int read(byte[] into, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (framePosition == frame.length) {
			if (!nextFrame()) {
				return -1;
			}
		}
		int count = Math.min(length, frame.length - framePosition);
		System.arraycopy(frame, framePosition, into, offset, count);
		framePosition += count;
		return count;
	}

	@Override
	public int available() {
		return frame.length - framePosition;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Reads until the next good message is framed; false at the end of the input. */
	private boolean nextFrame() throws IOException {
		while (true) {
			compact();
			int header = indexOf(HEADER, start);
			while (header < 0) {
				// keep the tail, which may hold the start of a header
				skipTo(Math.max(start, end - HEADER.length));
				compact();
				if (!fill()) {
					return false;
				}
				header = indexOf(HEADER, start);
			}
			if (header > start) {
				drop(header, "bytes outside any message");
			}
			int headersEnd = indexOf(END_OF_HEADERS, start);
			while (headersEnd < 0) {
				if (end - start > 8192) {
					drop(start + HEADER.length, "a header that does not end");
					break;
				}
				if (!fill()) {
					return false;
				}
				headersEnd = indexOf(END_OF_HEADERS, start);
			}
			if (headersEnd < 0) {
				continue;
			}
			long length = contentLength(new String(buffer, start, headersEnd - start, StandardCharsets.US_ASCII));
			int bodyStart = headersEnd + END_OF_HEADERS.length;
			if (length < 0 || length > MAX_LENGTH) {
				drop(bodyStart, "a message whose Content-Length is not a number from 0 to " + MAX_LENGTH);
				continue;
			}
			int bodyEnd = bodyStart + (int) length;
			int nextHeader = -1;
			int scanned = bodyStart;
			while (end < bodyEnd && (nextHeader = headerInside(bodyStart, scanned, end)) < 0) {
				scanned = Math.max(bodyStart, end - HEADER.length);
				if (!fill()) {
					return false;
				}
			}
			if (nextHeader < 0) {
				nextHeader = headerInside(bodyStart, scanned, bodyEnd);
			}
			if (nextHeader >= 0) {
				// the Content-Length was longer than the message: the next message starts inside it
				drop(nextHeader, "a message shorter than its Content-Length");
				continue;
			}
			if (!isOneJsonValue(buffer, bodyStart, bodyEnd)) {
				drop(bodyEnd, "a message whose body is not one JSON value nested at most " + MAX_DEPTH + " deep");
				continue;
			}
			byte[] headerBytes = ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			frame = new byte[headerBytes.length + (int) length];
			System.arraycopy(headerBytes, 0, frame, 0, headerBytes.length);
			System.arraycopy(buffer, bodyStart, frame, headerBytes.length, (int) length);
			framePosition = 0;
			skipTo(bodyEnd);
			return true;
		}
	}

	/** The Content-Length of a header block, or -1 when it has none that is a number. */
	private static long contentLength(String headers) {
		for (String line : headers.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
				try {
					return Long.parseLong(line.substring(colon + 1).strip());
				} catch (NumberFormatException e) {
					return -1;
				}
			}
		}
		return -1;
	}

	/**
	 * A "Content-Length:" in the body between {@code from} and {@code limit} that is not the start of
	 * a JSON string: a JSON value cannot hold one, so it is the next message.
	 */
	private int headerInside(int bodyStart, int from, int limit) {
		for (int at = indexOf(HEADER, from); at >= 0 && at < limit; at = indexOf(HEADER, at + 1)) {
			if (at == bodyStart || buffer[at - 1] != '"') {
				return at;
			}
		}
		return -1;
	}

	/** One JSON value, nested at most {@link #MAX_DEPTH}, read without recursion. */
	static boolean isOneJsonValue(byte[] bytes, int from, int to) {
		try (JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(bytes, from, to - from), StandardCharsets.UTF_8))) {
			int depth = 0;
			do {
				JsonToken token = reader.peek();
				switch (token) {
					case BEGIN_ARRAY -> {
						reader.beginArray();
						depth++;
					}
					case BEGIN_OBJECT -> {
						reader.beginObject();
						depth++;
					}
					case END_ARRAY -> {
						reader.endArray();
						depth--;
					}
					case END_OBJECT -> {
						reader.endObject();
						depth--;
					}
					case NAME -> reader.nextName();
					case END_DOCUMENT -> {
						return false;
					}
					default -> reader.skipValue();
				}
				if (depth > MAX_DEPTH) {
					return false;
				}
			} while (depth > 0);
			return reader.peek() == JsonToken.END_DOCUMENT;
		} catch (IOException | IllegalStateException | NumberFormatException e) {
			return false;
		}
	}

	private void drop(int until, String what) {
		log.println("journey lsp: skipped " + what + " (" + (until - start) + " bytes); reading on at the next message");
		skipTo(until);
	}

	private void skipTo(int position) {
		start = Math.min(position, end);
	}

	/** Moves the unframed bytes to the front; only between messages, when no position is held. */
	private void compact() {
		if (start > 0) {
			System.arraycopy(buffer, start, buffer, 0, end - start);
			end -= start;
			start = 0;
		}
	}

	/** Reads more of the input into the buffer, which keeps every position; false at its end. */
	private boolean fill() throws IOException {
		if (endOfInput) {
			return false;
		}
		if (end == buffer.length) {
			buffer = Arrays.copyOf(buffer, buffer.length * 2);
		}
		int read = in.read(buffer, end, buffer.length - end);
		if (read < 0) {
			endOfInput = true;
			return false;
		}
		end += read;
		return true;
	}

	private int indexOf(byte[] pattern, int from) {
		outer: for (int i = from; i <= end - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (buffer[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
