package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formatting through the language server: the house layout, or the error that stops it. */
class FormattingTest {

	@TempDir
	Path root;

	@Test
	void aWellFormedFileIsFormatted() {
		LspTestClient ls = LspTestClient.start(root, "a.journey", "journey J {\nstage S {\nstep A\n}\n}\n");
		assertFalse(ls.formatting("a.journey").isEmpty());
	}

	@Test
	void aDurationGivenTwiceIsNamedAsTheReasonNotAnInternalError() {
		LspTestClient ls = LspTestClient.start(root, "a.journey", "journey J {\n\tstage S {\n\t\ttakes 2 days\n\t\ttakes 3 days\n\t}\n}\n");
		IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ls.formatting("a.journey"));
		ResponseErrorException error = (ResponseErrorException) failure.getCause();
		assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
		assertEquals("Cannot format this file while line 4 has an error: 'typical duration' is given twice in stage S; only one value can be kept, so remove one of them.",
				error.getResponseError().getMessage());
	}
}
