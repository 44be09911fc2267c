package journey.bpmn;

import journey.report.imports.ImportException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import journey.dsl.model.Lane;

/**
 * Chooses the blueprint lane of an imported activity. In order: the lane our own export wrote on
 * the task; a rule naming the task's BPMN lane; a rule naming its task type; a BPMN lane whose name
 * says front office, back office or support; then the task type's default: service, script and
 * business-rule tasks are support, send and receive tasks and tasks that exchange messages with a
 * pool without a process (the customer, usually) are frontstage, every other activity is backstage.
 */
public final class LaneRules {

	/** The BPMN element types a rule may name, as BPMN writes them. */
	static final Set<String> TASK_TYPES = Set.of("task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask",
			"sendTask", "receiveTask", "subProcess", "callActivity", "transaction", "adHocSubProcess");

	private final Map<String, Lane> rules;

	private LaneRules(Map<String, Lane> rules) {
		this.rules = rules;
	}

	/** No rules: the defaults alone. */
	public static LaneRules defaults() {
		return new LaneRules(Map.of());
	}

	/**
	 * Rules written as NAME=LANE, where NAME is a BPMN lane's name or a task type and LANE is
	 * frontstage, backstage or support.
	 */
	public static LaneRules of(Iterable<String> written) throws ImportException {
		Map<String, Lane> rules = new LinkedHashMap<>();
		for (String rule : written) {
			int equals = rule.lastIndexOf('=');
			if (equals <= 0) {
				throw new ImportException("--lane " + rule + ": write NAME=LANE, where NAME is a BPMN lane's name or a task type "
						+ "(such as serviceTask) and LANE is frontstage, backstage or support");
			}
			String lane = rule.substring(equals + 1).trim().toLowerCase(Locale.ROOT);
			Lane value = Lane.get(lane);
			if (value == null) {
				throw new ImportException("--lane " + rule + ": '" + rule.substring(equals + 1) + "' is not a blueprint lane; "
						+ "write frontstage, backstage or support");
			}
			rules.put(rule.substring(0, equals).trim(), value);
		}
		return new LaneRules(rules);
	}

	/** Says which rules name neither a lane of the file nor a task type: a misspelt lane would otherwise do nothing. */
	void checkAgainst(Set<String> laneNames) throws ImportException {
		for (String name : rules.keySet()) {
			if (!laneNames.contains(name) && !TASK_TYPES.contains(name)) {
				Set<String> known = new TreeSet<>(laneNames);
				throw new ImportException("--lane " + name + "=" + rules.get(name) + ": the BPMN file has no lane called '" + name + "'"
						+ (known.isEmpty() ? " (it has no named lanes)" : "; its lanes are: " + String.join(", ", known))
						+ "; a rule may also name a task type: " + String.join(", ", new TreeSet<>(TASK_TYPES)));
			}
		}
	}

	/** The blueprint lane of an activity, from what the BPMN file says of it. */
	Lane laneOf(String written, String bpmnLane, String taskType, boolean meetsOutside) {
		Lane exported = written == null ? null : Lane.get(written);
		if (exported != null) {
			return exported;
		}
		if (bpmnLane != null && rules.containsKey(bpmnLane)) {
			return rules.get(bpmnLane);
		}
		if (rules.containsKey(taskType)) {
			return rules.get(taskType);
		}
		Lane named = bpmnLane == null ? null : byLaneName(bpmnLane);
		if (named != null) {
			return named;
		}
		return switch (taskType) {
		case "serviceTask", "scriptTask", "businessRuleTask" -> Lane.SUPPORT;
		case "sendTask", "receiveTask" -> Lane.FRONTSTAGE;
		default -> meetsOutside ? Lane.FRONTSTAGE : Lane.BACKSTAGE;
		};
	}

	private static Lane byLaneName(String name) {
		String words = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (words.contains("frontstage") || words.contains("frontoffice")) {
			return Lane.FRONTSTAGE;
		}
		if (words.contains("backstage") || words.contains("backoffice")) {
			return Lane.BACKSTAGE;
		}
		if (words.contains("support")) {
			return Lane.SUPPORT;
		}
		return null;
	}
}
