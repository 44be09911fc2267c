package journey.cli.validate;

/** One diagnostic as the command line reports it. */
public record Diagnostic(String file, int line, int column, String severity, String message, String code) {
}
