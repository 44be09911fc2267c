package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.Document;
import org.junit.jupiter.api.Test;

import journey.dsl.ide.server.LineIndexedDocument;

/** The line-table document converts offsets and positions exactly as Xtext's document does, whatever the line breaks. */
class LineIndexedDocumentTest {

	private static final String MIXED = "journey J {\n\tstage S {\r\n\t\tstep A\r\t}\n\n}\r\n";

	@Test
	void givesTheSamePositionAsXtextForEveryOffset() {
		Document xtext = new Document(1, MIXED);
		Document indexed = new LineIndexedDocument(xtext);
		for (int offset = 0; offset <= MIXED.length(); offset++) {
			assertEquals(xtext.getPosition(offset), indexed.getPosition(offset), "offset " + offset);
		}
	}

	@Test
	void givesTheSameOffsetAsXtextForEveryPositionOnALine() {
		Document xtext = new Document(1, MIXED);
		Document indexed = new LineIndexedDocument(xtext);
		for (int offset = 0; offset <= MIXED.length(); offset++) {
			Position position = xtext.getPosition(offset);
			assertEquals(xtext.getOffSet(position), indexed.getOffSet(position), "position " + position);
		}
	}

	@Test
	void refusesAnOffsetOutsideTheText() {
		Document indexed = new LineIndexedDocument(new Document(1, MIXED));
		assertThrows(IndexOutOfBoundsException.class, () -> indexed.getPosition(MIXED.length() + 1));
		assertThrows(IndexOutOfBoundsException.class, () -> indexed.getPosition(-1));
	}

	@Test
	void keepsTheVersionAndTheText() {
		Document indexed = LineIndexedDocument.of(new Document(7, MIXED));
		assertEquals(7, indexed.getVersion());
		assertEquals(MIXED, indexed.getContents());
		assertEquals(indexed, LineIndexedDocument.of(indexed));
	}
}
