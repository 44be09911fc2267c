package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folding: every { } body from its opening line, and multi-line comments. */
class FoldingTest {

	@TempDir
	Path root;

	private String folds(String text) {
		return LspTestClient.start(root, "model.journey", text).foldingRanges("model.journey").stream()
				.map(range -> range.getStartLine() + "-" + range.getEndLine() + (range.getKind() == null ? "" : " " + range.getKind()))
				.collect(Collectors.joining("\n"));
	}

	@Test
	void bodiesAndMultiLineCommentsFoldButWrappedPropertiesDoNot() {
		assertEquals("""
				0-2 comment
				3-4
				7-18
				8-17
				9-16
				11-14""", folds("""
				/* A journey
				   with a comment
				   of three lines. */
				process Site owner Web {
					activity Publish frontstage }
				team Web
					description "wrapped, not folded"
				journey Buy {
					stage Look {
						step Browse {
							feels 1
							touchpoint Home {
								feels 2
								kpi Ctr ctr target 30%
							}
							next Browse
						}
					}
				}
				"""));
	}
}
