package journey.report.render;

/**
 * Escapes model text for HTML and SVG, in element content and in quoted attributes alike, so that
 * nothing an analyst writes can open a tag, close the SVG or run a script.
 */
public final class Markup {

	private Markup() {
	}

	/** The text with every markup character escaped and the characters XML forbids replaced. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// The standalone .svg files are XML: control characters would make them unreadable.
					boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
					out.append(allowed ? c : '\uFFFD');
				}
			}
		}
		return out.toString();
	}
}
