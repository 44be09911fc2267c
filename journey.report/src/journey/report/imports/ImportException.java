package journey.report.imports;

/** Why an import cannot go on, and where in its input, so that the user can act on it. */
public final class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	/** One thing wrong at one place; line and column count from 1, and 0 means the whole file. */
	public record Problem(String message, int line, int column) {
	}

	private final int line;
	private final int column;
	private final java.util.List<Problem> problems;

	public ImportException(String message) {
		this(message, 0, 0);
	}

	/** A problem at a place in the input; line and column count from 1, and 0 means the whole file. */
	public ImportException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
		this.problems = java.util.List.of(new Problem(message, line, column));
	}

	/** Several problems, each at its place: a spreadsheet's bad rows are all reported, not only the first. */
	public ImportException(java.util.List<Problem> problems) {
		super(problems.get(0).message());
		this.line = problems.get(0).line();
		this.column = problems.get(0).column();
		this.problems = java.util.List.copyOf(problems);
	}

	public java.util.List<Problem> problems() {
		return problems;
	}

	public int line() {
		return line;
	}

	public int column() {
		return column;
	}
}
