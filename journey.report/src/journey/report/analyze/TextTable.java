package journey.report.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import journey.report.OutputText;

/** A plain-text table with aligned columns: text left-aligned, numeric columns right-aligned. */
public final class TextTable {

	private final String[] header;
	private final boolean[] numeric;
	private final List<String[]> rows = new ArrayList<>();

	/** Columns whose header starts with '>' are right-aligned (the '>' is not printed). */
	public TextTable(String... header) {
		this.header = new String[header.length];
		this.numeric = new boolean[header.length];
		for (int i = 0; i < header.length; i++) {
			numeric[i] = header[i].startsWith(">");
			this.header[i] = numeric[i] ? header[i].substring(1) : header[i];
		}
	}

	public TextTable row(Object... cells) {
		String[] row = new String[header.length];
		for (int i = 0; i < header.length; i++) {
			Object cell = i < cells.length ? cells[i] : null;
			row[i] = cell == null ? "-" : OutputText.terminal(cell.toString());
		}
		rows.add(row);
		return this;
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	@Override
	public String toString() {
		int[] width = new int[header.length];
		for (int i = 0; i < header.length; i++) {
			width[i] = header[i].length();
			for (String[] row : rows) {
				width[i] = Math.max(width[i], row[i].length());
			}
		}
		StringBuilder text = new StringBuilder();
		line(text, header, width);
		String[] rule = new String[header.length];
		for (int i = 0; i < header.length; i++) {
			char[] dashes = new char[width[i]];
			Arrays.fill(dashes, '-');
			rule[i] = new String(dashes);
		}
		line(text, rule, width);
		for (String[] row : rows) {
			line(text, row, width);
		}
		return text.toString();
	}

	private void line(StringBuilder text, String[] cells, int[] width) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append("  ");
			}
			String pad = " ".repeat(width[i] - cells[i].length());
			line.append(numeric[i] ? pad + cells[i] : cells[i] + pad);
		}
		text.append(line.toString().stripTrailing()).append('\n');
	}
}
