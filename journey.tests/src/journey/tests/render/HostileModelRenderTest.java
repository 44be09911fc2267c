package journey.tests.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.query.JourneyFlows;
import journey.report.Workspace;
import journey.report.render.FlowGraphSvg;
import journey.report.render.JourneyRenderer;
import journey.report.render.Svg;

/** Models at the edge of what can be drawn render in bounded time and memory, never with a stack overflow. */
class HostileModelRenderTest {

	@TempDir
	Path dir;

	private Journey load(String text) throws IOException {
		Path file = Files.writeString(dir.resolve("hostile.journey"), text);
		Workspace workspace = Workspace.load(List.of(file));
		Resource resource = workspace.files().keySet().iterator().next();
		assertEquals(List.of(), resource.getErrors());
		return ((JourneyModel) resource.getContents().get(0)).getJourneys().get(0);
	}

	@Test
	void aScaleOfTwoBillionLevelsDrawsOnlyItsEndsAndZero() throws IOException {
		Journey journey = load("scale S from -2147483648 to 2147483647\njourney J {\n\tscale S\n\tstage A {\n\t\tstep One { feels 2147483647 }\n\t}\n}\n");
		String map = JourneyRenderer.mapSvg(journey);
		assertTrue(map.contains("\u22122,147,483,648") || map.contains("-2147483648") || map.contains("-2,147,483,648"), map);
		assertTrue(map.length() < 200_000, "a map of one step, not one grid line per level: " + map.length());
		JourneyRenderer.page(journey, PriorityFormula.DEFAULT);
	}

	@Test
	void aLinearJourneyOf10000StepsRendersInMapOrderWithoutAStackOverflow() throws IOException {
		StringBuilder text = new StringBuilder("journey J {\n\tstage A {\n");
		for (int i = 0; i < 10_000; i++) {
			text.append("\t\tstep S").append(i).append('\n');
		}
		Journey journey = load(text.append("\t}\n}\n").toString());
		String flow = JourneyRenderer.flowSvg(journey);
		assertTrue(flow.contains("steps in map order: the flow is too large for the layered layout"), flow.substring(0, 400));
	}

	@Test
	void aJourneyOf10000StagesRenders() throws IOException {
		StringBuilder text = new StringBuilder("journey J {\n");
		for (int i = 0; i < 10_000; i++) {
			text.append("\tstage A").append(i).append(" { step S").append(i).append(" }\n");
		}
		Journey journey = load(text.append("}\n").toString());
		assertTrue(JourneyRenderer.flowSvg(journey).contains("S9999"));
	}

	@Test
	void aCyclicJourneyOf152StepsIsLaidOutInMapOrderWithEachFlowDrawn() throws IOException {
		StringBuilder text = new StringBuilder("journey J {\n\tstage A {\n");
		for (int i = 0; i < 152; i++) {
			text.append("\t\tstep S").append(i).append(" { next S").append((i + 1) % 152).append(" loop S").append(i / 2).append(" }\n");
		}
		Journey journey = load(text.append("\t}\n}\n").toString());
		Svg.Drawing flow = FlowGraphSvg.render(journey);
		assertTrue(!flow.markup().contains("too large"), "laid out by the journey's structure, not the fallback rows");
		LargeJourneyRenderTest.assertNoOverlaps(flow);
		JourneyFlows flows = new JourneyFlows(journey);
		long successors = flows.steps().stream().mapToLong(step -> flows.successors(step).size()).sum();
		long arrows = flow.markup().lines().filter(line -> line.startsWith("<path class=\"edge")).count();
		assertTrue(successors > 152, "the loops count: " + successors);
		assertEquals(successors, arrows, "one arrow per step and successor");
	}
}
