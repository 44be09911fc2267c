package journey.dsl.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;

/** Writes texts back with only what a double-quoted string needs escaped, so an apostrophe stays an apostrophe. */
public class JourneyStringConverter extends STRINGValueConverter {

	@Override
	protected String toEscapedString(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> escaped.append(c);
			}
		}
		return escaped.append('"').toString();
	}
}
