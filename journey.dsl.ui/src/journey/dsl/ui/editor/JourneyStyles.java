package journey.dsl.ui.editor;

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
		if (id.contains("decl") || id.contains("definition")) {
			return new TextAttribute(color(0, 0, 128), null, SWT.BOLD);
		}
		if (id.contains("ref")) {
			return new TextAttribute(color(0, 110, 140), null, SWT.ITALIC);
		}
		return null;
	}

	private static Color color(int r, int g, int b) {
		// Colours without a device are not resources that need disposing.
		return new Color(Display.getDefault(), new RGB(r, g, b));
	}
}
