package journey.bpmn;

import java.util.List;

import journey.dsl.model.Lane;
import journey.dsl.model.TeamKind;

/**
 * What a BPMN file says that a catalogue holds, read once by {@link BpmnReader} and then written
 * into a new or an existing catalogue by {@link CatalogueMerge}. Elements refer to each other by the
 * names they will have in the catalogue.
 */
record BpmnCatalogue(List<Owner> owners, List<SystemUse> systems, List<ProcessModel> processes, List<Skip> skipped) {

	/** A pool or lane: a team, or, where our own export wrote it so, a department, a role or a person. */
	record Owner(String name, String title, TeamKind kind, boolean person, String partOf) {
	}

	/** A service-task implementation or a data store. */
	record SystemUse(String name, String title) {
	}

	/** A BPMN process with the pool around it. */
	record ProcessModel(String name, String title, String owner, String description, List<ActivityModel> activities) {
	}

	/** A task, sub-process or call activity; triggers name the process and the activity they start. */
	record ActivityModel(String name, String title, Lane lane, String owner, List<String> performers, List<String> systems,
			List<ActivityKey> triggers, String description) {
	}

	/** An activity by its process's name and its own. */
	record ActivityKey(String process, String activity) {
		String qualified() {
			return process + "." + activity;
		}
	}

	/** Something in the BPMN file that the catalogue does not hold, and why. */
	record Skip(String what, String why) {
	}
}
