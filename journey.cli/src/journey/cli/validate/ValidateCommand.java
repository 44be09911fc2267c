package journey.cli.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import journey.cli.JourneyCli;
import journey.report.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `journey validate`: checks journey files the way the editor does and prints every diagnostic. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks .journey files and prints each diagnostic as file:line:col: severity: message [code].",
				"Folders are searched for .journey files; all files are checked together, so references between them resolve." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (warnings and infos may be printed)", "1:at least one error",
				"2:bad usage, or a file that cannot be read" })
public class ValidateCommand implements Callable<Integer> {

	/** How diagnostics are printed. */
	public enum Format {
		text, json
	}

	@Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "The .journey files or folders to check.")
	List<Path> inputs;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "text (one line per diagnostic) or json (an array of objects). Default: ${DEFAULT-VALUE}.")
	Format format;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		Workspace workspace = Workspace.load(inputs);
		List<Diagnostic> diagnostics = new ArrayList<>();
		for (Workspace.InputProblem problem : workspace.problems()) {
			diagnostics.add(new Diagnostic(display(problem.file()), problem.line(), problem.column(), "error", problem.message(), "journey.input"));
		}
		for (Map.Entry<Resource, List<Issue>> file : workspace.validate().entrySet()) {
			Path path = workspace.files().get(file.getKey());
			for (Issue issue : file.getValue()) {
				diagnostics.add(new Diagnostic(display(path), orZero(issue.getLineNumber()), orZero(issue.getColumn()),
						severity(issue.getSeverity()), issue.getMessage(), issue.getCode()));
			}
		}
		diagnostics.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		DiagnosticPrinter.print(diagnostics, format, spec.commandLine().getOut());
		long errors = diagnostics.stream().filter(d -> d.severity().equals("error")).count();
		long warnings = diagnostics.stream().filter(d -> d.severity().equals("warning")).count();
		spec.commandLine().getErr().printf("%d file(s) checked: %d error(s), %d warning(s)%n", workspace.files().size(), errors, warnings);
		if (!workspace.problems().isEmpty()) {
			return JourneyCli.BAD_INPUT;
		}
		return errors > 0 ? JourneyCli.MODEL_ERRORS : 0;
	}

	private static String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static String severity(Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "info";
			case IGNORE -> "ignore";
		};
	}
}
