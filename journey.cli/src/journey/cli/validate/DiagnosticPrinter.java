package journey.cli.validate;

import java.io.PrintWriter;
import java.util.List;

import journey.report.OutputText;

/** Prints diagnostics as compiler-style lines or as JSON. */
final class DiagnosticPrinter {

	private DiagnosticPrinter() {
	}

	static void print(List<Diagnostic> diagnostics, ValidateCommand.Format format, PrintWriter out) {
		if (format == ValidateCommand.Format.json) {
			out.println(toJson(diagnostics));
			out.flush();
			return;
		}
		for (Diagnostic d : diagnostics) {
			out.println(d.file() + ":" + d.line() + ":" + d.column() + ": " + d.severity() + ": " + OutputText.terminal(d.message())
					+ (d.code() == null ? "" : " [" + d.code() + "]"));
		}
		out.flush();
	}

	static String toJson(List<Diagnostic> diagnostics) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < diagnostics.size(); i++) {
			Diagnostic d = diagnostics.get(i);
			json.append(i == 0 ? "\n  " : ",\n  ").append('{')
					.append("\"file\": ").append(quote(d.file()))
					.append(", \"line\": ").append(d.line())
					.append(", \"column\": ").append(d.column())
					.append(", \"severity\": ").append(quote(d.severity()))
					.append(", \"message\": ").append(quote(d.message()))
					.append(", \"code\": ").append(d.code() == null ? "null" : quote(d.code()))
					.append('}');
		}
		return json.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
	}

	private static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					} else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}
}
