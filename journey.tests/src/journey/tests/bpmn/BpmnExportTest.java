package journey.tests.bpmn;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import journey.dsl.model.Activity;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Process;
import journey.dsl.query.JourneyQueries;
import journey.report.Workspace;
import journey.tests.Examples;
import journey.tests.Golden;
import journey.tests.cli.CliRun;

/**
 * `journey export --format bpmn` writes what Camunda's BPMN model API reads and validates against
 * BPMN's schema, with a shape or an edge for every flow node and flow, laid out without overlaps;
 * and the import reads it back with nothing lost that BPMN can hold.
 */
class BpmnExportTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private Path export(String example, String file) throws IOException {
		Path out = dir.resolve("bpmn-" + example);
		assertEquals(0, cli.run("export", "--format", "bpmn", "-o", out.toString(), Examples.folder().resolve(example).resolve(file).toString()),
				cli.err());
		return out.resolve(file.replace(".journey", ".bpmn"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "travel/catalog.journey", "webshop/webshop.journey", "b2b/software-purchase.journey", "crm/choose-a-crm.journey" })
	void theExportOfEachExampleMatchesItsGoldenFile(String example) throws IOException {
		Path bpmn = export(example.substring(0, example.indexOf('/')), example.substring(example.indexOf('/') + 1));
		Golden.assertMatches("export/bpmn/" + bpmn.getFileName(), Files.readString(bpmn));
	}

	@ParameterizedTest
	@ValueSource(strings = { "travel/catalog.journey", "webshop/webshop.journey" })
	void theExportValidatesAndItsDiagramCoversEveryFlowNodeAndFlowWithoutOverlaps(String example) throws IOException {
		BpmnModelInstance bpmn = Bpmn.readModelFromFile(export(example.substring(0, example.indexOf('/')),
				example.substring(example.indexOf('/') + 1)).toFile());
		Bpmn.validateModel(bpmn);
		Map<BaseElement, Bounds> shapes = bpmn.getModelElementsByType(BpmnShape.class).stream()
				.collect(Collectors.toMap(BpmnShape::getBpmnElement, BpmnShape::getBounds));
		List<BaseElement> edges = bpmn.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement).toList();
		List<BaseElement> drawn = new ArrayList<>();
		drawn.addAll(bpmn.getModelElementsByType(FlowNode.class));
		drawn.addAll(bpmn.getModelElementsByType(Participant.class));
		drawn.addAll(bpmn.getModelElementsByType(Lane.class));
		drawn.addAll(bpmn.getModelElementsByType(DataStoreReference.class));
		assertAll(drawn.stream().map(element -> () -> assertNotNull(shapes.get(element), element.getId() + " has no shape")));
		List<BaseElement> flows = new ArrayList<>();
		flows.addAll(bpmn.getModelElementsByType(SequenceFlow.class));
		flows.addAll(bpmn.getModelElementsByType(MessageFlow.class));
		flows.addAll(bpmn.getModelElementsByType(DataAssociation.class));
		assertFalse(flows.isEmpty());
		assertAll(flows.stream().map(flow -> () -> assertTrue(edges.contains(flow), flow.getId() + " has no edge")));

		List<BaseElement> boxes = new ArrayList<>();
		boxes.addAll(bpmn.getModelElementsByType(Task.class));
		boxes.addAll(bpmn.getModelElementsByType(DataStoreReference.class));
		for (int i = 0; i < boxes.size(); i++) {
			for (int k = i + 1; k < boxes.size(); k++) {
				assertFalse(overlap(shapes.get(boxes.get(i)), shapes.get(boxes.get(k))), boxes.get(i).getId() + " overlaps " + boxes.get(k).getId());
			}
		}
		for (Lane lane : bpmn.getModelElementsByType(Lane.class)) {
			for (FlowNode node : lane.getFlowNodeRefs()) {
				assertTrue(inside(shapes.get(node), shapes.get(lane)), node.getId() + " is drawn outside its lane " + lane.getId());
			}
		}
	}

	@Test
	void anExportedCatalogueImportsBackWithNothingLostThatBpmnHolds() throws IOException {
		for (String example : List.of("travel/catalog.journey", "webshop/webshop.journey")) {
			Path original = Examples.folder().resolve(example);
			Path bpmn = export(example.substring(0, example.indexOf('/')), original.getFileName().toString());
			Path back = dir.resolve("back-" + original.getParent().getFileName()).resolve(original.getFileName());
			assertEquals(0, cli.run("import", "--format", "bpmn", bpmn.toString(), "-o", back.toString()), cli.err());
			assertEquals(processes(original), processes(back), example + " after export and import");
			assertEquals(0, cli.run("export", "--format", "bpmn", "-o", dir.resolve("again").toString(), back.toString()), cli.err());
			assertEquals(Files.readString(bpmn), Files.readString(dir.resolve("again").resolve(bpmn.getFileName())),
					"the export of the import is the export");
		}
	}

	/** What BPMN holds of each process, as text: names, titles, owners, lanes, performers, systems, triggers, descriptions. */
	private static List<String> processes(Path file) {
		Workspace workspace = Workspace.load(List.of(file));
		JourneyModel model = (JourneyModel) workspace.files().keySet().iterator().next().getContents().get(0);
		List<String> lines = new ArrayList<>();
		for (Process process : model.getProcesses()) {
			lines.add("process " + process.getName() + " '" + JourneyQueries.label(process) + "' owner " + name(process.getOwner()) + " "
					+ process.getDescription());
			for (Activity activity : process.getActivities()) {
				lines.add("  activity " + activity.getName() + " '" + JourneyQueries.label(activity) + "' " + activity.getLane() + " owner "
						+ name(activity.getOwner()) + " performed by " + names(activity.getPerformers()) + " uses "
						+ names(activity.getSystems()) + " triggers " + activity.getTriggers().stream()
								.map(t -> ((Process) t.eContainer()).getName() + "." + t.getName()).toList()
						+ " " + activity.getDescription());
			}
		}
		return lines;
	}

	private static String name(NamedElement element) {
		// BPMN holds a label: a title that only repeats the name comes back as no title
		return element == null ? "none" : element.getName() + " '" + JourneyQueries.label(element) + "'";
	}

	private static List<String> names(List<? extends NamedElement> elements) {
		return elements.stream().map(BpmnExportTest::name).toList();
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
				&& b.getY() < a.getY() + a.getHeight();
	}

	private static boolean inside(Bounds inner, Bounds outer) {
		return inner.getX() >= outer.getX() && inner.getY() >= outer.getY() && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
				&& inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
	}

	/** XML 1.0 cannot hold most control characters at all, not even as a reference: they are left out, as in every other export. */
	@Test
	void controlCharactersInTitlesAndDescriptionsAreLeftOutOfAValidExport() throws IOException {
		Path catalogue = Files.writeString(dir.resolve("control.journey"), """
				department Sales "Sales \u001b[31mteam\u0007"
				system Crm "CRM\u0000"
				process Convert "Convert\u0008 prospects" owner Sales {
					activity GiveDemos "Give\u001b demos" frontstage owner Sales uses Crm description "Shows the\u000b product"
				}
				""");
		Path out = dir.resolve("bpmn-control");
		assertEquals(0, cli.run("export", "--format", "bpmn", "-o", out.toString(), catalogue.toString()), cli.err());
		BpmnModelInstance bpmn = Bpmn.readModelFromFile(out.resolve("control.bpmn").toFile());
		Bpmn.validateModel(bpmn);
		Task task = bpmn.getModelElementsByType(Task.class).iterator().next();
		assertAll(
				() -> assertEquals("Sales [31mteam", bpmn.getModelElementsByType(Participant.class).iterator().next().getName()),
				() -> assertEquals("Convert prospects", bpmn.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getName()),
				() -> assertEquals("Give demos", task.getName()),
				() -> assertEquals("Shows the product", task.getDocumentations().iterator().next().getTextContent()),
				() -> assertEquals("CRM", bpmn.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.DataStore.class).iterator().next().getName()));
	}

	@Test
	void aFileWithoutProcessesIsNotExportedAsBpmn() {
		assertEquals(2, cli.run("export", "--format", "bpmn", Examples.folder().resolve("travel/round-trip.journey").toString()));
		assertTrue(cli.err().contains("no input file declares a process"), cli.err());
	}
}
