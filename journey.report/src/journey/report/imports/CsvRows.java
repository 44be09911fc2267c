package journey.report.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads spreadsheet exports as RFC 4180 rows: fields separated by the header's separator (comma,
 * semicolon as Excel writes it where the decimal mark is a comma, or tab), quoted fields with doubled
 * quotes inside, line breaks inside quotes. Each row keeps the line it starts on, for the errors.
 */
final class CsvRows {

	record Row(int line, List<String> fields) {
	}

	private CsvRows() {
	}

	/** The separator the header line uses most: ';', '\t' or ','. */
	static char separator(String text) {
		String header = text.lines().findFirst().orElse("");
		int commas = count(header, ',');
		int semicolons = count(header, ';');
		int tabs = count(header, '\t');
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	static List<Row> read(String text, char separator) throws ImportException {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int line = 1;
		int rowLine = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"' && field.toString().isBlank()) {
				quoted = true;
				wasQuoted = true;
				quoteLine = line;
				field.setLength(0);
			} else if (c == separator) {
				fields.add(wasQuoted ? field.toString() : field.toString().strip());
				field.setLength(0);
				wasQuoted = false;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(wasQuoted ? field.toString() : field.toString().strip());
				addRow(rows, rowLine, fields);
				fields = new ArrayList<>();
				field.setLength(0);
				wasQuoted = false;
				line++;
				rowLine = line;
			} else if (!wasQuoted) {
				field.append(c);
			} else if (!Character.isWhitespace(c)) {
				throw new ImportException("text after a closing quote; write a quote inside a quoted field as two quotes (\"\")", line, 0);
			}
		}
		if (quoted) {
			throw new ImportException("a quoted field opened here is never closed", quoteLine, 0);
		}
		if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
			fields.add(wasQuoted ? field.toString() : field.toString().strip());
			addRow(rows, rowLine, fields);
		}
		return rows;
	}

	/** Blank lines are not rows. */
	private static void addRow(List<Row> rows, int line, List<String> fields) {
		if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
			rows.add(new Row(line, List.copyOf(fields)));
		}
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}
}
