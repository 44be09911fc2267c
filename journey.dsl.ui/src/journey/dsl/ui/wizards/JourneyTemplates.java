package journey.dsl.ui.wizards;

/** The starting text of a new journey file: a journey or a catalogue; both validate without errors. */
public final class JourneyTemplates {

	private JourneyTemplates() {
	}

	public static String journey(String packageName, String journeyName) {
		return """
				package %s

				// Move the persona to a catalogue once several journeys share it.
				persona Customer "The customer whose journey this is"

				journey %s "Describe the journey in a few words" {
					persona Customer
					state current
					goal "What the customer wants to achieve"

					stage Discover {
						goal "Find out what is on offer"
						step Search "Searches for an offer" {
							does "Looks around"
							feels 0 "Curious"
						}
					}
				}
				""".formatted(packageName, journeyName);
	}

	public static String catalogue(String packageName) {
		return """
				// A catalogue: who and what stands behind the journeys. A journey uses it with `import %s.*`.
				package %s

				persona Customer "A typical customer"

				channel Website "Website" online website
				""".formatted(packageName, packageName);
	}

	/** A name the grammar accepts (letters, digits, _), made from a file name. */
	public static String identifier(String fileName) {
		String base = fileName.endsWith(".journey") ? fileName.substring(0, fileName.length() - ".journey".length()) : fileName;
		StringBuilder name = new StringBuilder();
		boolean upper = true;
		for (char c : base.toCharArray()) {
			if (Character.isLetterOrDigit(c)) {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			} else {
				upper = true;
			}
		}
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name.insert(0, "Journey");
		}
		return name.toString();
	}

	/** A package name made from a file name: lower case, dots between words. */
	public static String packageName(String fileName) {
		return identifier(fileName).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}
}
