package journey.replay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.report.DisplayText;

/**
 * What the journey declares, in the shape a replay needs: every label an event may carry (the
 * qualified name of a step or touchpoint, its name within the journey, or a label mapped to it),
 * and every flow a case may take. A step without flows continues to the next step in map order,
 * as the journey's own step graph says; a step's shares that add up to less than 100% leave the
 * rest as drop-outs.
 */
public final class PlannedPaths {

	/** One step or touchpoint an event can name; {@code touchpoint} is null for a step. */
	public record Element(Stage stage, Step step, Touchpoint touchpoint, int stepOrder) {

		/** The channel the touchpoint is planned on, or null. */
		public String channel() {
			return touchpoint == null || touchpoint.getChannel() == null || touchpoint.getChannel().eIsProxy() ? null : touchpoint.getChannel().getName();
		}
	}

	/** A planned move from one step to another (target null for a drop-out), with its declared share in percent (null: none given). */
	public record Path(Step from, Step to, FlowKind kind, BigDecimal share) {
	}

	private final Journey journey;
	private final List<Step> steps = new ArrayList<>();
	private final Map<String, Element> byLabel = new LinkedHashMap<>();
	private final List<Path> paths = new ArrayList<>();

	public PlannedPaths(Journey journey, Map<String, String> mapping) {
		this.journey = journey;
		String prefix = DisplayText.qualifiedName(journey) + ".";
		steps.addAll(JourneyQueries.steps(journey));
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Stage stage = (Stage) step.eContainer();
			Element element = new Element(stage, step, null, i);
			byLabel.put(step.getName(), element);
			byLabel.put(prefix + step.getName(), element);
			for (Touchpoint touchpoint : step.getTouchpoints()) {
				Element at = new Element(stage, step, touchpoint, i);
				byLabel.put(touchpoint.getName(), at);
				byLabel.put(prefix + touchpoint.getName(), at);
			}
		}
		for (Map.Entry<String, String> entry : mapping.entrySet()) {
			Element target = byLabel.get(entry.getValue());
			if (target == null) {
				throw new IllegalArgumentException("the mapping sends '" + entry.getKey() + "' to " + entry.getValue()
						+ ", which is no step or touchpoint of " + DisplayText.qualifiedName(journey));
			}
			byLabel.put(entry.getKey(), target);
		}
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			if (step.getFlows().isEmpty()) {
				if (i + 1 < steps.size()) {
					paths.add(new Path(step, steps.get(i + 1), FlowKind.NEXT, BigDecimal.valueOf(100)));
				}
				continue;
			}
			BigDecimal declared = BigDecimal.ZERO;
			boolean dropsDeclared = false;
			for (Flow flow : step.getFlows()) {
				if (flow.getKind() == FlowKind.DROPOUT) {
					dropsDeclared = true;
					paths.add(new Path(step, null, FlowKind.DROPOUT, flow.getShare()));
				} else if (flow.getTarget() != null && !flow.getTarget().eIsProxy()) {
					paths.add(new Path(step, flow.getTarget(), flow.getKind(), flow.getShare()));
				}
				if (flow.getShare() != null) {
					declared = declared.add(flow.getShare());
				}
			}
			if (!dropsDeclared && declared.compareTo(BigDecimal.valueOf(100)) < 0) {
				paths.add(new Path(step, null, FlowKind.DROPOUT, BigDecimal.valueOf(100).subtract(declared)));
			}
		}
	}

	/** Reads a mapping file: one "log label = Step or Touchpoint" per line; '#' starts a comment. */
	public static Map<String, String> readMapping(java.nio.file.Path file) throws java.io.IOException {
		Map<String, String> mapping = new LinkedHashMap<>();
		List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.lastIndexOf('=');
			if (equals <= 0 || equals == line.length() - 1) {
				throw new IllegalArgumentException(file.getFileName() + ":" + (i + 1) + ": expected 'log label = Step or Touchpoint', found '" + line + "'");
			}
			mapping.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
		}
		return mapping;
	}

	public Journey journey() {
		return journey;
	}

	/** The steps in map order. */
	public List<Step> steps() {
		return steps;
	}

	/** What a label names, or null for a label the journey does not know (an ad-hoc touchpoint). */
	public Element element(String label) {
		return byLabel.get(label);
	}

	public Map<String, Element> labels() {
		return byLabel;
	}

	public List<Path> paths() {
		return paths;
	}

	/** Whether a case that ends at the step has completed the journey: the step leads nowhere. */
	public boolean isFinal(Step step) {
		return paths.stream().noneMatch(path -> path.from() == step && path.to() != null && path.kind() != FlowKind.REFERRAL);
	}

	/** A flow kind as the language writes it. */
	public static String word(FlowKind kind) {
		return kind == FlowKind.DROPOUT ? "drops" : kind.getLiteral().toLowerCase(Locale.ROOT);
	}
}
