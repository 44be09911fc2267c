package journey.report.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic estimate of how wide text is in the pages' sans-serif font, and the wrapping and
 * ellipsizing built on it. The estimate errs wide, so a label that fits here fits in a browser.
 */
public final class TextMeasure {

	private static final String ELLIPSIS = "\u2026";

	private TextMeasure() {
	}

	/** The estimated width in pixels of the text at the given font size. */
	public static double width(String text, double fontSize) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			em += advance(text.charAt(i));
		}
		return em * fontSize;
	}

	/** Each character's advance in em, grouped the way common sans-serif fonts size them. */
	private static double advance(char c) {
		if ("iljI.,:;'|!`".indexOf(c) >= 0) {
			return 0.32;
		}
		if ("frt()[]{} -\"/".indexOf(c) >= 0) {
			return 0.42;
		}
		if ("mwMW@%".indexOf(c) >= 0) {
			return 0.95;
		}
		if (Character.isUpperCase(c)) {
			return 0.72;
		}
		if (Character.isDigit(c) || Character.isLowerCase(c)) {
			return 0.58;
		}
		return c < 0x2E80 ? 0.68 : 1.05;
	}

	/** The text cut to the width, with an ellipsis when anything was cut. */
	public static String ellipsize(String text, double maxWidth, double fontSize) {
		String clean = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		if (width(clean, fontSize) <= maxWidth) {
			return clean;
		}
		double budget = maxWidth - width(ELLIPSIS, fontSize);
		int end = 0;
		double used = 0;
		while (end < clean.length() && used + advance(clean.charAt(end)) * fontSize <= budget) {
			used += advance(clean.charAt(end)) * fontSize;
			end++;
		}
		return clean.substring(0, end).stripTrailing() + ELLIPSIS;
	}

	/** How many characters of the word, at least one, fit in the width. */
	private static int fitting(String word, double maxWidth, double fontSize) {
		int end = 0;
		double used = 0;
		while (end < word.length() && (end == 0 || used + advance(word.charAt(end)) * fontSize <= maxWidth)) {
			used += advance(word.charAt(end)) * fontSize;
			end++;
		}
		return end;
	}

	/**
	 * The text wrapped at spaces into at most {@code maxLines} lines of the width; the last line ends
	 * in an ellipsis when the text does not fit. A word longer than a line is broken across lines.
	 */
	public static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
		String clean = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		List<String> lines = new ArrayList<>();
		if (clean.isEmpty()) {
			return lines;
		}
		String[] words = clean.split(" ");
		StringBuilder line = new StringBuilder();
		int i = 0;
		while (i < words.length) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (width(candidate, fontSize) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				i++;
				continue;
			}
			if (line.isEmpty()) {
				// A single word wider than the line (a long name, an address): broken across lines, never cut.
				String word = words[i];
				int end = fitting(word, maxWidth, fontSize);
				line.append(word, 0, end);
				if (end < word.length()) {
					words[i] = word.substring(end);
				} else {
					i++;
				}
			}
			lines.add(line.toString());
			line.setLength(0);
			if (lines.size() == maxLines) {
				break;
			}
		}
		if (!line.isEmpty() && lines.size() < maxLines) {
			lines.add(line.toString());
		}
		boolean cut = i < words.length;
		if (cut && !lines.isEmpty()) {
			int last = lines.size() - 1;
			lines.set(last, ellipsize(lines.get(last) + " " + String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)),
					maxWidth, fontSize));
		}
		return lines;
	}
}
