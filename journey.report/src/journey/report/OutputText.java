package journey.report;

/**
 * Model text made safe for each kind of output, in one place: pages, drawings, Markdown, Mermaid,
 * CSV and the terminal all call it. Whatever an analyst (or an imported file) writes:
 * <ul>
 * <li>control characters never reach the output: no ESC or BEL drives a terminal, no NUL breaks XML;</li>
 * <li>bidirectional overrides and isolates are dropped, so a title cannot show "evil" as "live" or
 * reorder the text around it (right-to-left scripts still read right to left on their own);</li>
 * <li>markup characters are escaped for the format at hand;</li>
 * <li>a title can be clamped to a length that a header or a card can hold.</li>
 * </ul>
 */
public final class OutputText {

	/** The longest title a page header shows in full; the rest is in its tooltip. */
	public static final int HEADER_LENGTH = 160;

	private OutputText() {
	}

	/** The text without control characters (tabs and line breaks kept) and without bidi controls. */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean keep = !isDropped(c);
			if (!keep && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			} else if (keep && out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isDropped(char c) {
		boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
		boolean bidiControl = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
		boolean notACharacter = c == '\uFFFE' || c == '\uFFFF';
		return control || bidiControl || notACharacter;
	}

	/** {@link #clean} on one line: line breaks and tabs become single spaces. */
	public static String oneLine(String text) {
		return clean(text).replaceAll("[\\r\\n\\t]+", " ");
	}

	/** For the terminal: one clean line. */
	public static String terminal(String text) {
		return oneLine(text);
	}

	/** For HTML and SVG, in element content and quoted attributes alike. */
	public static String html(String text) {
		String clean = clean(text);
		StringBuilder out = new StringBuilder(clean.length() + 16);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * For Markdown on one line: HTML's characters as entities (a renderer passes raw HTML through),
	 * Markdown's own characters taken literally.
	 */
	public static String markdown(String text) {
		return oneLine(text).replaceAll("([\\\\`*_\\[\\]#|~])", "\\\\$1").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/**
	 * For a Mermaid journey diagram, which has no escapes: no line breaks, no '#' or ';' (its
	 * grammar's own), and with {@code noColon} no ':' (it separates a task from its score). Mermaid
	 * draws labels as HTML, so markup characters become look-alikes that cannot open a tag.
	 */
	public static String mermaid(String text, boolean noColon) {
		String cleaned = oneLine(text).replace('#', ' ').replace(';', ',').replace('<', '\u2039').replace('>', '\u203A').replace('&', '+');
		if (noColon) {
			cleaned = cleaned.replace(":", " -");
		}
		cleaned = cleaned.replaceAll(" {2,}", " ").strip();
		return cleaned.isEmpty() ? "-" : cleaned;
	}

	/** The text cut to at most {@code length} characters, ending in "…" when cut (never inside a surrogate pair). */
	public static String clamp(String text, int length) {
		if (text == null || text.codePointCount(0, text.length()) <= length) {
			return text == null ? "" : text;
		}
		int end = text.offsetByCodePoints(0, length - 1);
		return text.substring(0, end).stripTrailing() + "\u2026";
	}
}
