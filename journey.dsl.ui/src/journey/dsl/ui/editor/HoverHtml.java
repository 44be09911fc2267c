package journey.dsl.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown that the hover service writes, as the small HTML that the platform's hover control
 * renders: bold for {@code **...**}, the code spans' text plain, list items as bullets, blank lines
 * as paragraphs. Nothing else of Markdown occurs in journey hovers.
 */
final class HoverHtml {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
	private static final Pattern CODE = Pattern.compile("`([^`]*)`");

	private HoverHtml() {
	}

	static String of(String markdown) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
			html.append("<p>");
			String[] lines = paragraph.split("\\n");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i];
				boolean item = line.startsWith("- ");
				html.append(i > 0 ? "<br>" : "").append(item ? "\u2022 " : "").append(inline(item ? line.substring(2) : line));
			}
			html.append("</p>");
		}
		return html.toString();
	}

	private static String inline(String text) {
		String escaped = escape(text);
		escaped = BOLD.matcher(escaped).replaceAll(match -> "<b>" + Matcher.quoteReplacement(match.group(1)) + "</b>");
		return CODE.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
