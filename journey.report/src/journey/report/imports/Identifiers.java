package journey.report.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Names for imported elements. A label such as "Check the order" becomes CheckTheOrder, as the
 * examples name their elements; accents are dropped ("Prüfen" is Prufen), and a label with no
 * letter left falls back to the source's own id.
 */
public final class Identifiers {

	private Identifiers() {
	}

	/** Whether the text can be written as a name in a .journey file as it is. */
	public static boolean isIdentifier(String text) {
		return text != null && text.matches("[A-Za-z_][A-Za-z0-9_]*");
	}

	/** The label as a name in upper camel case, or the fallback made into one where the label has no letter or digit. */
	public static String fromLabel(String label, String fallback) {
		String name = camelCase(label, true);
		if (name.isEmpty()) {
			name = camelCase(fallback, true);
		}
		return name.isEmpty() ? "Unnamed" : name;
	}

	/** The label as a name in lower camel case, as stage and step names are written. */
	public static String fromLabelLower(String label, String fallback) {
		String name = fromLabel(label, fallback);
		return name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 1 ? name.toLowerCase(Locale.ROOT)
				: Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** The name, or the name with the kind added, then with a number, until no name in use has it. */
	public static String unique(String name, String kind, Set<String> taken) {
		if (!taken.contains(name)) {
			return name;
		}
		String withKind = name + kind;
		if (!taken.contains(withKind)) {
			return withKind;
		}
		for (int number = 2;; number++) {
			if (!taken.contains(name + number)) {
				return name + number;
			}
		}
	}

	private static String camelCase(String text, boolean upperFirst) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		StringBuilder name = new StringBuilder();
		boolean wordStart = upperFirst;
		for (char c : plain.toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				name.append(wordStart ? Character.toUpperCase(c) : c);
				wordStart = false;
			} else {
				wordStart = true;
			}
		}
		if (name.length() > 0 && Character.isDigit(name.charAt(0))) {
			name.insert(0, '_');
		}
		return name.toString();
	}
}
