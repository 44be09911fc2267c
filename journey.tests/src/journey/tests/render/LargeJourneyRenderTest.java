package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.cli.JourneyCli;
import journey.report.Workspace;
import journey.report.render.BlueprintSvg;
import journey.report.render.FlowGraphSvg;
import journey.report.render.JourneyMapSvg;
import journey.report.render.Svg;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;

/** A generated journey of 1,000 steps renders with no two boxes overlapping, at a size a browser can scroll. */
class LargeJourneyRenderTest {

	private static final int STAGES = 10;
	private static final int STEPS_PER_STAGE = 100;

	@TempDir
	static Path dir;

	private static Path model;
	private static Journey journey;

	/** Ten stages of a hundred steps: one to three touchpoints each, loops, alternatives, drop-outs, pain points and long labels. */
	static String generate() {
		StringBuilder text = new StringBuilder("package big\n");
		text.append("channel Web \"Website\" online website\nchannel Mail \"E-mail\" online email\nchannel Shop \"Shop\" offline store\n");
		text.append("team Ops \"Operations\"\nteam Web \"Web team\"\n");
		for (int p = 0; p < 20; p++) {
			text.append("process P").append(p).append(" \"Process ").append(p).append("\" owner Ops {\n");
			text.append("\tactivity Front \"Serve the customer in a very long and winding way number ").append(p).append("\" frontstage owner Web triggers Back\n");
			text.append("\tactivity Back \"Prepare behind the scenes ").append(p).append("\" backstage triggers Check, Support\n");
			text.append("\tactivity Check \"Double-check ").append(p).append("\" backstage\n");
			text.append("\tactivity Support \"Keep the systems running ").append(p).append("\" support\n}\n");
		}
		text.append("journey Big \"A journey of a thousand steps\" {\n\tstate current\n");
		int n = 0;
		for (int s = 0; s < STAGES; s++) {
			text.append("\tstage S").append(s).append(" \"Stage ").append(s).append("\" {\n\t\tgoal \"Get through stage ").append(s).append("\"\n");
			text.append("\t\tkpi K").append(s).append(" \"Conversion of stage ").append(s).append("\" conversion-rate target 50% actual ").append(40 + s).append("%\n");
			for (int i = 0; i < STEPS_PER_STAGE; i++, n++) {
				text.append("\t\tstep St").append(n).append(" \"Step ").append(n).append(i % 7 == 0 ? " with a label far too long to fit on two lines of a step card at all" : "")
						.append("\" reached ").append(100000 - n * 50).append(" {\n");
				text.append("\t\t\tfeels ").append((n % 5) - 2).append('\n');
				if (n % 13 == 0) {
					text.append("\t\t\tkey moment\n");
				}
				int touchpoints = 1 + n % 3;
				for (int t = 0; t < touchpoints; t++) {
					String channel = t == 0 ? "Web" : t == 1 ? "Mail" : "Shop";
					text.append("\t\t\ttouchpoint T").append(n).append('_').append(t).append(" \"Touchpoint ").append(n).append('.').append(t)
							.append("\" via ").append(channel).append(" {\n");
					if (t != 2) {
						text.append("\t\t\t\tsupported by P").append((n + t) % 20).append(".Front\n");
					}
					if (t == 0 && n % 4 == 0) {
						text.append("\t\t\t\tevidence \"Screen ").append(n).append("\"\n");
					}
					if (t == 0 && n % 6 == 0) {
						text.append("\t\t\t\tpain Pain").append(n).append(" \"Something hurts at step ").append(n).append("\" severity high frequency often\n");
						text.append("\t\t\t\tkpi Tk").append(n).append(" \"Clicks at ").append(n).append("\" ctr target 30%\n");
					}
					text.append("\t\t\t}\n");
				}
				if (n % 10 == 5 && n > 5) {
					text.append("\t\t\tnext St").append(n + 1).append(" 70%\n");
					text.append("\t\t\tloop St").append(n - 5).append(" 10%\n");
					text.append("\t\t\tdrops 20%\n");
				} else if (n % 10 == 8 && n + 2 < STAGES * STEPS_PER_STAGE) {
					text.append("\t\t\tnext St").append(n + 1).append(" 60%\n");
					text.append("\t\t\talternative St").append(n + 2).append(" 40%\n");
				}
				text.append("\t\t}\n");
			}
			text.append("\t}\n");
		}
		return text.append("}\n").toString();
	}

	@BeforeAll
	static void load() throws IOException {
		model = Files.writeString(dir.resolve("big.journey"), generate());
		Workspace workspace = Workspace.load(List.of(model));
		Resource resource = workspace.files().keySet().iterator().next();
		assertEquals(List.of(), resource.getErrors(), "the generated model parses and links");
		journey = ((JourneyModel) resource.getContents().get(0)).getJourneys().get(0);
		assertEquals(STAGES * STEPS_PER_STAGE, journey.getStages().stream().mapToInt(s -> s.getSteps().size()).sum());
	}

	/** Fails with the first pair of overlapping boxes; sorted by x so that 5,000 boxes take milliseconds. */
	static void assertNoOverlaps(Svg.Drawing drawing) {
		List<Svg.Box> boxes = new ArrayList<>(drawing.boxes());
		boxes.sort(Comparator.comparingDouble(Svg.Box::x));
		for (int i = 0; i < boxes.size(); i++) {
			Svg.Box a = boxes.get(i);
			for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < a.x() + a.width(); j++) {
				if (a.overlaps(boxes.get(j))) {
					fail("overlapping boxes: " + a + " and " + boxes.get(j));
				}
			}
			assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= drawing.width() && a.y() + a.height() <= drawing.height(),
					"box inside the drawing: " + a);
		}
	}

	private static long count(Svg.Drawing drawing, String kind) {
		return drawing.boxes().stream().filter(b -> b.kind().equals(kind)).count();
	}

	@Test
	void theMapHasOneCardPerStepAndTouchpointAndNoneOverlap() {
		Svg.Drawing map = JourneyMapSvg.render(journey);
		assertEquals(1000, count(map, "step"));
		assertEquals(1999, count(map, "touchpoint"));
		assertNoOverlaps(map);
		assertTrue(map.height() < 1200, "the map scrolls sideways, it does not grow tall: " + map.height());
	}

	@Test
	void theBlueprintPlacesEveryTouchpointAndActivityWithoutOverlaps() {
		Svg.Drawing blueprint = BlueprintSvg.render(journey);
		assertEquals(1999, count(blueprint, "touchpoint"));
		assertTrue(count(blueprint, "activity") > 0);
		assertNoOverlaps(blueprint);
	}

	@Test
	void theStepFlowGraphLaidOutInMapOrderHasNoOverlapsAndStaysLow() {
		Svg.Drawing flow = FlowGraphSvg.render(journey);
		assertEquals(1000, count(flow, "step"));
		assertNoOverlaps(flow);
		assertTrue(flow.height() < 600, "one row of steps with its arcs above and below: " + flow.height());
		assertTrue(!flow.markup().contains("too large"), "not the fallback rows");
	}

	@Test
	void thePageStaysAReasonableSize() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, JourneyCli.commandLine().execute("render", model.toString(), "-o", site.toString()));
		long bytes = Files.size(site.resolve("big.Big.html"));
		assertTrue(bytes < 12_000_000, "page size " + bytes);
	}
}
