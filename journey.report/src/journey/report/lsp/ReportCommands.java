package journey.report.lsp;

import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.JsonPrimitive;

import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.report.export.Exports;
import journey.report.render.JourneyRenderer;

/**
 * The language server's commands for what journey.report makes, so that an editor can show a
 * journey's page or an export without the command line:
 * <ul>
 * <li>{@value #RENDER} (document URI, journey name): the journey's self-contained HTML page;</li>
 * <li>{@value #EXPORT} (document URI, journey name, format mermaid, csv or markdown): the export's text.</li>
 * </ul>
 * A journey name that the document does not declare, or an unknown format, answers with an error text.
 */
public class ReportCommands implements IExecutableCommandService {

	public static final String RENDER = "journey.render";
	public static final String EXPORT = "journey.export";

	@Override
	public List<String> initialize() {
		return List.of(RENDER, EXPORT);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		List<Object> arguments = params.getArguments();
		if (arguments == null || arguments.size() < (EXPORT.equals(params.getCommand()) ? 3 : 2)) {
			return "error: " + params.getCommand() + " takes the document's URI and a journey's name"
					+ (EXPORT.equals(params.getCommand()) ? ", and a format (mermaid, csv or markdown)" : "");
		}
		String uri = text(arguments.get(0));
		String name = text(arguments.get(1));
		return access.doSyncRead(uri, context -> {
			Journey journey = journey(context.getResource().getContents().isEmpty() ? null : context.getResource().getContents().get(0), name);
			if (journey == null) {
				return "error: " + uri + " declares no journey " + name;
			}
			if (RENDER.equals(params.getCommand())) {
				return JourneyRenderer.page(journey, PriorityFormula.DEFAULT);
			}
			String format = text(arguments.get(2));
			for (Exports.Format known : Exports.Format.values()) {
				if (known.name().equals(format) && !known.perFile()) {
					return Exports.of(known, journey);
				}
			}
			return "error: " + format + " is not a format to export a journey in (mermaid, csv or markdown)";
		});
	}

	private static Journey journey(Object root, String name) {
		if (root instanceof JourneyModel model) {
			return model.getJourneys().stream().filter(journey -> name.equals(journey.getName())).findFirst().orElse(null);
		}
		return null;
	}

	/** An argument as text, whether it came in-process or through JSON. */
	private static String text(Object argument) {
		return argument instanceof JsonPrimitive primitive ? primitive.getAsString() : String.valueOf(argument);
	}
}
