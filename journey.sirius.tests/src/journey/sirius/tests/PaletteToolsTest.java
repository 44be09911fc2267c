package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.table.metamodel.table.description.CellUpdater;
import org.eclipse.sirius.table.metamodel.table.description.TableTool;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.eclipse.sirius.viewpoint.description.tool.AbstractToolDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import journey.dsl.ide.JourneyIdeSetup;
import journey.sirius.JourneyViewpointIds;

/**
 * Every palette tool runs through Sirius's command factories on the main journey of every example,
 * as a modeler uses it; the session is saved and the files on disk must differ from the example
 * exactly as the tool's golden diff (expected/tools/EXAMPLE/TOOL.diff) says, and still parse.
 */
class PaletteToolsTest {

	static Stream<Arguments> toolsOnExamples() {
		return JourneySession.exampleNames().stream().flatMap(example -> PaletteTools.ALL.keySet().stream().map(tool -> Arguments.of(example, tool)));
	}

	@ParameterizedTest(name = "{1} on {0}")
	@MethodSource("toolsOnExamples")
	void eachToolChangesOnlyTheLinesItConcerns(String example, String tool) {
		Map<String, String> before = JourneySession.exampleFiles(example);
		try (JourneySession session = JourneySession.open(example)) {
			PaletteTools.ALL.get(tool).accept(new PaletteTools.Scene(session));
			session.save();
			Map<String, String> after = session.filesOnDisk();
			assertParsesWithoutErrors(after);
			Golden.assertMatches("tools/" + example + "/" + tool + ".diff", TextDiff.of(before, after));
		}
	}

	@Test
	void everyToolOfTheViewpointIsRunHere() {
		Viewpoint viewpoint = ViewpointRegistry.getInstance().getViewpoint(URI.createURI(JourneyViewpointIds.viewpointUri()));
		TreeSet<String> tools = new TreeSet<>();
		viewpoint.eAllContents().forEachRemaining(element -> {
			if (element instanceof AbstractToolDescription || element instanceof TableTool) {
				EStructuralFeature name = element.eClass().getEStructuralFeature("name");
				if (name != null && element.eGet(name) != null) {
					tools.add((String) element.eGet(name));
				} else if (element.eContainer() instanceof CellUpdater column) {
					tools.add((String) ((EObject) column).eGet(((EObject) column).eClass().getEStructuralFeature("name")));
				}
			}
		});
		assertEquals(tools, new TreeSet<>(PaletteTools.ALL.keySet()));
	}

	/** The saved files, read back as an analyst's editor reads them: no syntax error, no reference to nothing. */
	static void assertParsesWithoutErrors(Map<String, String> files) {
		XtextResourceSet resourceSet = JourneyIdeSetup.shared().getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		try {
			for (var file : files.entrySet()) {
				Resource resource = resourceSet.createResource(URI.createURI("saved:/" + file.getKey()));
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), Map.of());
				resources.add(resource);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resourceSet);
		for (Resource resource : resources) {
			assertEquals(List.of(), resource.getErrors().stream().map(e -> resource.getURI().lastSegment() + ":" + e.getLine() + " " + e.getMessage()).toList());
		}
	}
}
