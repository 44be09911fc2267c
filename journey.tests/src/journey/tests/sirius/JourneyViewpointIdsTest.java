package journey.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import journey.sirius.JourneyViewpointIds;
import journey.sirius.services.JourneyServices;

/** The constants in JourneyViewpointIds name exactly the representations, layers, mappings and tools of the specification. */
class JourneyViewpointIdsTest {

	private static final Set<String> NAMED = Set.of("ownedRepresentations", "defaultLayer", "additionalLayers", "nodeMappings", "containerMappings",
			"subNodeMappings", "subContainerMappings", "borderedNodeMappings", "edgeMappings", "toolSections", "ownedTools", "ownedLineMappings",
			"ownedColumnMappings", "decorationDescriptions", "directEdit");
	private static final Map<String, String> PREFIXES = Map.of("JourneyMap", "JM_", "ServiceBlueprint", "BP_", "ImprovementBoard", "IB_", "KpiTable", "KT_");

	@Test
	void everyNameInTheSpecificationHasAConstantAndEveryConstantNamesSomethingInIt() throws Exception {
		Element group = parse();
		Map<String, Set<String>> specified = new TreeMap<>();
		NodeList representations = group.getElementsByTagName("ownedRepresentations");
		for (int i = 0; i < representations.getLength(); i++) {
			Element representation = (Element) representations.item(i);
			Set<String> names = new TreeSet<>();
			collectNames(representation, names);
			specified.put(representation.getAttribute("name"), names);
		}
		Map<String, Set<String>> constants = new TreeMap<>();
		for (Class<?> diagram : JourneyViewpointIds.class.getDeclaredClasses()) {
			constants.put(diagram.getSimpleName(), stringConstants(diagram));
		}
		assertEquals(specified, constants);
	}

	@Test
	void everyLayerMappingAndToolNameCarriesItsDiagramPrefix() {
		for (Class<?> diagram : JourneyViewpointIds.class.getDeclaredClasses()) {
			String prefix = PREFIXES.get(diagram.getSimpleName());
			for (String name : stringConstants(diagram)) {
				assertTrue(name.equals(diagram.getSimpleName()) || name.startsWith(prefix), () -> name + " lacks the prefix " + prefix);
			}
		}
	}

	@Test
	void theViewpointIsForJourneyFilesAndDeclaresTheServicesClass() throws Exception {
		Element viewpoint = (Element) parse().getElementsByTagName("ownedViewpoints").item(0);
		assertEquals(JourneyViewpointIds.VIEWPOINT, viewpoint.getAttribute("name"));
		assertEquals(JourneyViewpointIds.FILE_EXTENSION, viewpoint.getAttribute("modelFileExtension"));
		Element extension = (Element) viewpoint.getElementsByTagName("ownedJavaExtensions").item(0);
		assertEquals(JourneyServices.class.getName(), extension.getAttribute("qualifiedClassName"));
		assertEquals(JourneyViewpointIds.SERVICES_CLASS, JourneyServices.class.getName());
		assertEquals("viewpoint:/journey.sirius/Journey", JourneyViewpointIds.viewpointUri());
	}

	private static Element parse() throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(Odesign.text().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
	}

	private static void collectNames(Element element, Set<String> names) {
		if (NAMED.contains(element.getTagName())) {
			names.add(element.getAttribute("name"));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				collectNames(e, names);
			}
		}
	}

	private static Set<String> stringConstants(Class<?> type) {
		Set<String> values = new TreeSet<>();
		List<Field> fields = new ArrayList<>(List.of(type.getDeclaredFields()));
		for (Field field : fields) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					values.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return values;
	}
}
