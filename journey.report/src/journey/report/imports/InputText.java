package journey.report.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an import's input as UTF-8 text, saying where it is not: a file saved as Latin-1 must not come in with its accents garbled. */
public final class InputText {

	private InputText() {
	}

	/** The file's text without a byte-order mark; empty files are the caller's to refuse. */
	public static String read(Path file) throws ImportException {
		byte[] bytes = bytes(file);
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			int bad = firstBadByte(bytes);
			int line = 1;
			int column = 1;
			for (int i = 0; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
					column = 1;
				} else if ((bytes[i] & 0xC0) != 0x80) {
					column++;
				}
			}
			throw new ImportException(String.format("the file is not UTF-8 text (byte 0x%02X); save it as UTF-8", bytes[bad] & 0xFF), line, column);
		}
	}

	/** The file's bytes, for inputs that say their own encoding (XML); an error that says why where they cannot be read. */
	public static byte[] bytes(Path file) throws ImportException {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ImportException("no such file");
		} catch (IOException e) {
			throw new ImportException("cannot read the file: " + e.getMessage());
		}
	}

	/** The offset of the first byte that does not start or continue a UTF-8 sequence as it should. */
	private static int firstBadByte(byte[] bytes) {
		for (int i = 0; i < bytes.length;) {
			int b = bytes[i] & 0xFF;
			int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return i;
			}
			for (int k = 1; k < length; k++) {
				if ((bytes[i + k] & 0xC0) != 0x80) {
					return i;
				}
			}
			i += length;
		}
		return 0;
	}
}
