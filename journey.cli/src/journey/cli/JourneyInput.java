package journey.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import journey.report.Workspace;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.query.DeclaredElsewhere;

/**
 * The journeys that commands other than validate work on: the input loaded through
 * {@link Workspace}, refused with a printed reason when a file cannot be read (exit 2) or has
 * syntax or reference errors (exit 1), since figures and exports of a broken model would mislead.
 */
public final class JourneyInput {

	private final Workspace workspace;
	private final List<Journey> journeys = new ArrayList<>();
	private final Map<Journey, Path> files = new IdentityHashMap<>();
	private final int exitCode;

	private JourneyInput(Workspace workspace, int exitCode) {
		this.workspace = workspace;
		this.exitCode = exitCode;
		if (exitCode == 0) {
			for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
				for (EObject root : file.getKey().getContents()) {
					if (root instanceof JourneyModel model) {
						for (Journey journey : model.getJourneys()) {
							journeys.add(journey);
							files.put(journey, file.getValue());
						}
					}
				}
			}
		}
	}

	/**
	 * Loads the inputs and prints every problem to {@code err} as file:line:col: error: message,
	 * then, for errors in the models, one line telling the user of {@code command} what to do.
	 */
	public static JourneyInput load(List<Path> inputs, PrintWriter err, String command) {
		Workspace workspace = Workspace.load(inputs);
		if (!workspace.problems().isEmpty()) {
			for (Workspace.InputProblem problem : workspace.problems()) {
				err.println(display(problem.file()) + ":" + problem.line() + ":" + problem.column() + ": error: " + problem.message());
			}
			err.flush();
			return new JourneyInput(workspace, JourneyCli.BAD_INPUT);
		}
		int errors = 0;
		for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
			for (Resource.Diagnostic error : file.getKey().getErrors()) {
				err.println(display(file.getValue()) + ":" + error.getLine() + ":" + error.getColumn() + ": error: " + error.getMessage());
				errors++;
			}
		}
		errors += reportDeclaredTwice(workspace, err);
		if (errors > 0) {
			err.println("journey " + command + ": " + errors + " error(s); fix them (see journey validate) and " + command + " again");
		}
		err.flush();
		return new JourneyInput(workspace, errors > 0 ? JourneyCli.MODEL_ERRORS : 0);
	}

	/** Journeys and catalogue elements that two files of one package declare: an export or a drawing would keep only one. */
	private static int reportDeclaredTwice(Workspace workspace, PrintWriter err) {
		IResourceDescriptions index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(workspace.resourceSet());
		IQualifiedNameProvider names = Workspace.injector().getInstance(IQualifiedNameProvider.class);
		int errors = 0;
		for (Map.Entry<Resource, Path> file : workspace.files().entrySet()) {
			if (file.getKey().getContents().isEmpty() || !(file.getKey().getContents().get(0) instanceof JourneyModel model)) {
				continue;
			}
			for (Map.Entry<NamedElement, URI> twin : DeclaredElsewhere.in(model, index, names).entrySet()) {
				INode node = NodeModelUtils.getNode(twin.getKey());
				err.println(display(file.getValue()) + ":" + (node == null ? 0 : node.getStartLine()) + ":1: error: " + names.getFullyQualifiedName(twin.getKey())
						+ " is declared again in " + twin.getValue().lastSegment() + "; give each a different name");
				errors++;
			}
		}
		return errors;
	}

	/** 0 when the journeys can be used, else the exit code the command should end with. */
	public int exitCode() {
		return exitCode;
	}

	public Workspace workspace() {
		return workspace;
	}

	/** Every journey of every file, file by file in the order loaded. */
	public List<Journey> journeys() {
		return journeys;
	}

	/** The file a journey was read from. */
	public Path fileOf(Journey journey) {
		return files.get(journey);
	}

	/** A path as the user should see it: relative to the working directory when it lies below it. */
	public static String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
	}
}
