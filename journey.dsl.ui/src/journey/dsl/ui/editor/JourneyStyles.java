package journey.dsl.ui.editor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/**
 * The colours of the journey editor, keyed by the style ids that Xtext's ide highlighting uses
 * (keyword, string, comment, number, ...) plus declarations and references.
 */
public final class JourneyStyles {

	public static final String DECLARATION = "declaration";
	public static final String REFERENCE = "reference";

	private JourneyStyles() {
	}

	/**
	 * The style of a range from the semantic highlighting calculator. It names declarations with the
	 * modifier "declaration"; any other id it gives a name (an LSP token type such as "type" or
	 * "enum") marks a reference, unless it is one of Xtext's lexical styles.
	 */
	public static String styleOf(String... ids) {
		List<String> all = Arrays.asList(ids);
		if (all.contains(DECLARATION)) {
			return DECLARATION;
		}
		String last = ids[ids.length - 1];
		return LEXICAL.contains(last) ? last : REFERENCE;
	}

	private static final List<String> LEXICAL = List.of(HighlightingStyles.KEYWORD_ID, HighlightingStyles.STRING_ID,
			HighlightingStyles.COMMENT_ID, HighlightingStyles.NUMBER_ID, HighlightingStyles.TASK_ID, HighlightingStyles.DEFAULT_ID,
			HighlightingStyles.PUNCTUATION_ID, HighlightingStyles.INVALID_TOKEN_ID);

	/** The attribute for a style id, or null when the id needs no colour of its own. */
	public static TextAttribute attribute(String styleId) {
		if (styleId == null) {
			return null;
		}
		String id = styleId.toLowerCase();
		if (id.equals(HighlightingStyles.KEYWORD_ID)) {
			return new TextAttribute(color(127, 0, 85), null, SWT.BOLD);
		}
		if (id.equals(HighlightingStyles.STRING_ID)) {
			return new TextAttribute(color(42, 0, 255));
		}
		if (id.equals(HighlightingStyles.COMMENT_ID) || id.equals(HighlightingStyles.TASK_ID)) {
			return new TextAttribute(color(63, 127, 95));
		}
		if (id.equals(HighlightingStyles.NUMBER_ID)) {
			return new TextAttribute(color(158, 94, 0));
		}
		if (id.equals(DECLARATION)) {
			return new TextAttribute(color(0, 0, 128), null, SWT.BOLD);
		}
		if (id.equals(REFERENCE)) {
			return new TextAttribute(color(0, 110, 140), null, SWT.ITALIC);
		}
		return null;
	}

	private static Color color(int r, int g, int b) {
		// Colours without a device are not resources that need disposing.
		return new Color(Display.getDefault(), new RGB(r, g, b));
	}
}
