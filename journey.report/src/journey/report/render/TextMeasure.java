package journey.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
		return ems(0, text) * fontSize;
	}

	/**
	 * The width in em of text that follows text {@code start} em wide: the characters' advances added
	 * from the left, so that measuring a line word by word gives exactly the sum of measuring it whole.
	 */
	private static double ems(double start, CharSequence text) {
		double em = start;
		for (int i = 0; i < text.length(); i++) {
			em += advance(text.charAt(i));
		}
		return em;
	}

	/** The advances of the ASCII characters, looked up: labels are measured character by character, many times per page. */
	private static final double[] ASCII_ADVANCES = new double[128];
	static {
		for (char c = 0; c < ASCII_ADVANCES.length; c++) {
			ASCII_ADVANCES[c] = group(c);
		}
	}

	private static double advance(char c) {
		return c < ASCII_ADVANCES.length ? ASCII_ADVANCES[c] : group(c);
	}

	/** Each character's advance in em, grouped the way common sans-serif fonts size them. */
	private static double group(char c) {
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

	/**
	 * The text on one line, with single spaces and no space at either end. Most labels already are
	 * (no white space but single inner spaces), and are returned as they are, without the regex.
	 */
	static String oneLine(String text) {
		if (text == null) {
			return "";
		}
		boolean clean = !text.isEmpty() && text.charAt(0) != ' ' && text.charAt(text.length() - 1) != ' ';
		for (int i = 0; clean && i < text.length(); i++) {
			char c = text.charAt(i);
			clean = c == ' ' ? text.charAt(i - 1) != ' ' : !Character.isWhitespace(c);
		}
		return clean ? text : WHITE_SPACE.matcher(text).replaceAll(" ").strip();
	}

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	/** The text cut to the width, with an ellipsis when anything was cut. */
	public static String ellipsize(String text, double maxWidth, double fontSize) {
		String clean = oneLine(text);
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
		String clean = oneLine(text);
		List<String> lines = new ArrayList<>();
		if (clean.isEmpty()) {
			return lines;
		}
		String[] words = clean.split(" ");
		StringBuilder line = new StringBuilder();
		double lineEms = 0; // the line's width in em, carried on as words are added: each word is measured once
		int i = 0;
		while (i < words.length) {
			double candidateEms = line.isEmpty() ? ems(0, words[i]) : ems(lineEms + advance(' '), words[i]);
			if (candidateEms * fontSize <= maxWidth) {
				if (!line.isEmpty()) {
					line.append(' ');
				}
				line.append(words[i]);
				lineEms = candidateEms;
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
			lineEms = 0;
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
