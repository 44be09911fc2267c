package journey.report.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.Person;
import journey.dsl.model.Persona;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.EmotionScales;
import journey.report.export.MermaidExport;

/**
 * `journey import --format mermaid`: a Mermaid {@code journey} diagram as a journey. Sections become
 * stages and tasks steps; a task's score 1..5 becomes the step's emotion on the journey's scale
 * (the inverse of the Mermaid export); the actor named on every task becomes the persona and the
 * other actors people, whom the step's touchpoint deals with. Into an existing file (with --force)
 * the diagram adds what is new and updates titles and emotions; steps it does not name stay.
 */
public final class MermaidImport {

	private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

	/** The diagram as read: its title, description and sections of tasks. */
	record Diagram(String title, String description, List<Section> sections) {
	}

	record Section(String title, int line, List<Task> tasks) {
	}

	record Task(String title, int score, List<String> actors, int line) {
	}

	private MermaidImport() {
	}

	public static ImportResult importInto(Path mermaid, Path target, String packageName) throws ImportException {
		Diagram diagram = parse(InputText.read(mermaid));
		ImportSummary summary = new ImportSummary();
		return ImportTarget.write(target, packageName, "Imported from " + mermaid.getFileName() + " by journey import --format mermaid.",
				"the import changes the journey only where the diagram differs from it", summary,
				(model, workspace) -> merge(model, diagram, summary));
	}

	/** Reads the diagram, with an error naming the line for anything that is not part of a journey diagram. */
	static Diagram parse(String text) throws ImportException {
		String[] lines = text.split("\r\n|\r|\n", -1);
		String title = null;
		StringBuilder description = new StringBuilder();
		List<Section> sections = new ArrayList<>();
		boolean started = false;
		boolean inDescription = false;
		for (int i = 0; i < lines.length; i++) {
			int number = i + 1;
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("%%")) {
				continue;
			}
			if (!started) {
				if (!line.equals("journey")) {
					String kind = line.split("\\s+")[0];
					throw new ImportException("this is not a Mermaid journey diagram: it begins with '" + kind
							+ "'; only journey diagrams (a first line 'journey') can be imported", number, 1);
				}
				started = true;
				continue;
			}
			if (inDescription) {
				if (line.equals("}")) {
					inDescription = false;
				} else {
					description.append(description.length() == 0 ? "" : " ").append(line);
				}
				continue;
			}
			if (line.startsWith("title ") || line.equals("title")) {
				title = line.substring(5).strip();
			} else if (line.startsWith("accTitle")) {
				title = title != null ? title : afterColon(line);
			} else if (line.startsWith("accDescr")) {
				if (line.replace(" ", "").startsWith("accDescr{")) {
					inDescription = true;
				} else {
					description.append(afterColon(line));
				}
			} else if (line.startsWith("section ") || line.equals("section")) {
				sections.add(new Section(line.substring(7).strip(), number, new ArrayList<>()));
			} else if (line.contains(":")) {
				if (sections.isEmpty()) {
					throw new ImportException("the task '" + line.substring(0, line.indexOf(':')).strip()
							+ "' comes before the first section; put a 'section' line above it", number, lines[i].indexOf(line) + 1);
				}
				sections.get(sections.size() - 1).tasks().add(task(line, number, lines[i].indexOf(line) + 1));
			} else {
				throw new ImportException("cannot read '" + line + "': a journey diagram has 'title', 'section' and task lines "
						+ "such as 'Make tea: 5: Me, Cat'", number, lines[i].indexOf(line) + 1);
			}
		}
		if (!started) {
			throw new ImportException("the file is empty; a Mermaid journey diagram begins with the line 'journey'");
		}
		if (sections.stream().allMatch(section -> section.tasks().isEmpty())) {
			throw new ImportException("the diagram has no tasks, so there is no step to import");
		}
		return new Diagram(title, description.length() == 0 ? null : description.toString(), sections);
	}

	private static Task task(String line, int number, int column) throws ImportException {
		String[] parts = line.split(":", 3);
		String title = parts[0].strip();
		String score = parts.length > 1 ? parts[1].strip() : "";
		if (title.isEmpty()) {
			throw new ImportException("a task needs a name before its score, as in 'Make tea: 5: Me'", number, column);
		}
		int value;
		try {
			value = Integer.parseInt(score);
		} catch (NumberFormatException e) {
			throw new ImportException("the score of '" + title + "' is '" + score + "'; a score is a whole number from 1 to 5", number,
					column + parts[0].length() + 1);
		}
		if (value < 1 || value > 5) {
			throw new ImportException("the score of '" + title + "' is " + value + "; a score is a whole number from 1 to 5", number,
					column + parts[0].length() + 1);
		}
		List<String> actors = new ArrayList<>();
		if (parts.length > 2) {
			for (String actor : parts[2].split(",")) {
				if (!actor.isBlank()) {
					actors.add(actor.strip());
				}
			}
		}
		return new Task(title, value, actors, number);
	}

	private static String afterColon(String line) {
		int colon = line.indexOf(':');
		return colon < 0 ? "" : line.substring(colon + 1).strip();
	}

	/** Makes the file's journey say what the diagram says; a new file gets a journey named after the title. */
	static void merge(JourneyModel model, Diagram diagram, ImportSummary summary) {
		String journeyName = Identifiers.fromLabel(diagram.title(), "Journey");
		Journey journey = model.getJourneys().stream().filter(j -> journeyName.equals(j.getName())
				|| (diagram.title() != null && diagram.title().equals(j.getTitle()))).findFirst()
				.orElse(model.getJourneys().size() == 1 ? model.getJourneys().get(0) : null);
		boolean newJourney = journey == null;
		if (newJourney) {
			journey = FACTORY.createJourney();
			journey.setName(Identifiers.unique(journeyName, "Journey", names(model)));
			model.getJourneys().add(journey);
		}
		if (diagram.title() != null && !diagram.title().equals(journey.getTitle()) && !diagram.title().equals(journey.getName())) {
			if (!newJourney) {
				summary.updated("journey " + journey.getName(), "title '" + journey.getTitle() + "' → '" + diagram.title() + "'");
			}
			journey.setTitle(diagram.title());
		}
		if (diagram.description() != null && journey.getDescription() == null) {
			journey.setDescription(diagram.description());
		}
		Map<String, Party> people = people(model, diagram, journey, summary);
		EmotionScales.Scale scale = EmotionScales.of(journey);
		int stages = 0;
		int steps = 0;
		Set<Step> named = new LinkedHashSet<>();
		Set<String> withoutChannel = new LinkedHashSet<>();
		for (Section section : diagram.sections()) {
			Stage stage = find(journey.getStages(), section.title());
			if (stage == null) {
				stage = FACTORY.createStage();
				stage.setName(Identifiers.unique(Identifiers.fromLabel(section.title(), "Stage"), "Stage",
						journey.getStages().stream().map(Stage::getName).collect(Collectors.toSet())));
				setTitle(stage, section.title());
				journey.getStages().add(stage);
				stages++;
				if (!newJourney) {
					summary.created("stage " + stage.getName());
				}
			}
			for (Task task : section.tasks()) {
				Step step = find(stage.getSteps(), task.title());
				int emotion = MermaidExport.emotion(scale, task.score());
				if (step == null) {
					step = FACTORY.createStep();
					step.setName(Identifiers.unique(Identifiers.fromLabel(task.title(), "Step"), "Step", namesOf(journey, Step.class)));
					setTitle(step, task.title());
					step.setEmotion(emotion);
					stage.getSteps().add(step);
					steps++;
					if (!newJourney) {
						summary.created("step " + stage.getName() + "." + step.getName());
					}
				} else if (step.getEmotion() == null || step.getEmotion() != emotion) {
					summary.updated("step " + stage.getName() + "." + step.getName(), "feels " + step.getEmotion() + " → " + emotion);
					step.setEmotion(emotion);
				}
				named.add(step);
				Touchpoint touchpoint = dealWith(step, task, people, journey);
				if (touchpoint != null && touchpoint.getChannel() == null) {
					withoutChannel.add(stage.getName() + "." + step.getName() + "." + touchpoint.getName());
				}
			}
		}
		if (!withoutChannel.isEmpty()) {
			summary.skipped("the channel of touchpoint" + (withoutChannel.size() == 1 ? " " : "s ") + String.join(", ", withoutChannel),
					"a Mermaid diagram does not say it; add 'via <Channel>' to each (journey validate reports them until then)");
		}
		if (newJourney) {
			summary.created("journey " + journey.getName() + " with " + stages + " stage(s) and " + steps + " step(s)");
		} else {
			for (Stage stage : journey.getStages()) {
				for (Step step : stage.getSteps()) {
					if (!named.contains(step)) {
						summary.kept("step " + stage.getName() + "." + step.getName(), "not in the diagram: left as it is");
					}
				}
			}
		}
	}

	/** The persona (the actor on every task) and a person for each other actor, found in the file or made. */
	private static Map<String, Party> people(JourneyModel model, Diagram diagram, Journey journey, ImportSummary summary) {
		List<Task> tasks = diagram.sections().stream().flatMap(s -> s.tasks().stream()).toList();
		Set<String> actors = new LinkedHashSet<>();
		tasks.forEach(task -> actors.addAll(task.actors()));
		String personaActor = actors.stream().filter(actor -> tasks.stream().allMatch(task -> task.actors().contains(actor))).findFirst()
				.orElse(null);
		if (personaActor != null && journey.getPersona() == null) {
			Persona persona = model.getPersonas().stream().filter(p -> personaActor.equals(p.getName()) || personaActor.equals(p.getTitle()))
					.findFirst().orElse(null);
			if (persona == null) {
				persona = FACTORY.createPersona();
				persona.setName(Identifiers.unique(Identifiers.fromLabel(personaActor, "Persona"), "Persona", names(model)));
				setTitle(persona, personaActor);
				model.getPersonas().add(persona);
				summary.created("persona " + persona.getName());
			}
			journey.setPersona(persona);
		}
		Map<String, Party> people = new LinkedHashMap<>();
		for (String actor : actors) {
			if (actor.equals(personaActor) || (journey.getPersona() != null && (actor.equals(journey.getPersona().getName())))) {
				continue;
			}
			Person person = model.getPeople().stream().filter(p -> actor.equals(p.getName()) || actor.equals(p.getTitle())).findFirst()
					.orElse(null);
			if (person == null) {
				person = FACTORY.createPerson();
				person.setName(Identifiers.unique(Identifiers.fromLabel(actor, "Person"), "Person", names(model)));
				setTitle(person, actor);
				model.getPeople().add(person);
				summary.created("person " + person.getName());
			}
			people.put(actor, person);
		}
		return people;
	}

	/** The step's touchpoint deals with the task's actors other than the persona; it is made where the step has none. */
	private static Touchpoint dealWith(Step step, Task task, Map<String, Party> people, Journey journey) {
		List<Party> parties = task.actors().stream().map(people::get).filter(p -> p != null).toList();
		if (parties.isEmpty()) {
			return null;
		}
		Touchpoint touchpoint = step.getTouchpoints().isEmpty() ? null : step.getTouchpoints().get(0);
		if (touchpoint == null) {
			touchpoint = FACTORY.createTouchpoint();
			touchpoint.setName(Identifiers.unique(step.getName() + "With", "Touchpoint", namesOf(journey, Touchpoint.class)));
			step.getTouchpoints().add(touchpoint);
		}
		for (Party party : parties) {
			if (!touchpoint.getDealsWith().contains(party)) {
				touchpoint.getDealsWith().add(party);
			}
		}
		return touchpoint;
	}

	private static <T extends NamedElement> T find(List<T> elements, String title) {
		String name = Identifiers.fromLabel(title, "");
		return elements.stream().filter(e -> title.equals(e.getTitle()) || (e.getTitle() == null && title.equals(e.getName()))).findFirst()
				.orElse(elements.stream().filter(e -> name.equals(e.getName())).findFirst().orElse(null));
	}

	/** A title only where it says more than the name. */
	private static void setTitle(NamedElement element, String title) {
		if (!title.equals(element.getName())) {
			element.setTitle(title);
		}
	}

	private static Set<String> names(JourneyModel model) {
		Set<String> names = new LinkedHashSet<>();
		for (EObject element : model.eContents()) {
			if (element instanceof NamedElement named && named.getName() != null) {
				names.add(named.getName());
			}
		}
		return names;
	}

	/** The names of the journey's elements of one kind: steps and touchpoints are named once per journey. */
	private static Set<String> namesOf(Journey journey, Class<? extends NamedElement> kind) {
		Set<String> names = new LinkedHashSet<>();
		EcoreUtil.getAllContents(journey, false).forEachRemaining(e -> {
			if (kind.isInstance(e)) {
				names.add(((NamedElement) e).getName());
			}
		});
		return names;
	}
}
