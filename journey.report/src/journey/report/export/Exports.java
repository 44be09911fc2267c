package journey.report.export;

import journey.dsl.model.Journey;

/** The export formats and, for those written per journey, the text of one journey. */
public final class Exports {

	/** The export formats, as `journey export --format` names them. */
	public enum Format {
		mermaid("mmd"), json("json"), csv("csv"), markdown("md"), bpmn("bpmn");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		/** Whether the format writes a whole .journey file (JSON, and BPMN by journey.bpmn) rather than one journey. */
		public boolean perFile() {
			return this == json || this == bpmn;
		}

		/** The file name extension of an exported file. */
		public String extension() {
			return extension;
		}
	}

	private Exports() {
	}

	/**
	 * One journey in a format written per journey: a Mermaid journey diagram, its CSV rows (without
	 * the header, which comes once per file) or its Markdown report. JSON is written per file,
	 * by {@link JsonExchange#export}.
	 */
	public static String of(Format format, Journey journey) {
		return switch (format) {
		case mermaid -> MermaidExport.of(journey);
		case csv -> CsvExport.rows(journey);
		case markdown -> MarkdownExport.of(journey);
		case json, bpmn -> throw new IllegalArgumentException(format + " is exported per .journey file, not per journey");
		};
	}
}
