package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.viewpoint.description.Group;
import org.eclipse.sirius.viewpoint.description.JavaExtension;
import org.eclipse.sirius.viewpoint.description.RepresentationDescription;
import org.eclipse.sirius.viewpoint.description.Viewpoint;
import org.eclipse.sirius.viewpoint.description.AbstractVariable;
import org.eclipse.sirius.viewpoint.description.tool.EditMaskVariables;
import org.junit.jupiter.api.Test;

import journey.sirius.JourneyViewpointIds;

/**
 * The specification loads as Sirius loads it (strict XMI against Sirius's own metamodels, where an
 * unknown feature is silently dropped), and JourneyViewpointIds names exactly what it holds.
 */
class OdesignTest {

	private static final URI ODESIGN = URI.createPlatformPluginURI(JourneyViewpointIds.PLUGIN_ID + "/" + JourneyViewpointIds.ODESIGN_PATH, true);

	@Test
	void theSpecificationLoadsWithoutErrorsWarningsOrUnknownContent() throws IOException {
		Resource resource = load();
		assertEquals(List.of(), resource.getErrors());
		assertEquals(List.of(), resource.getWarnings());
		assertTrue(((XMLResource) resource).getEObjectToExtensionMap().isEmpty(),
				() -> "content Sirius does not know and drops: " + ((XMLResource) resource).getEObjectToExtensionMap());
		EcoreUtil.resolveAll(resource.getResourceSet());
		List<String> unresolved = new ArrayList<>();
		EcoreUtil.UnresolvedProxyCrossReferencer.find(resource.getResourceSet())
				.forEach((proxy, settings) -> unresolved.add(EcoreUtil.getURI(proxy) + " from " + settings.size() + " place(s)"));
		assertEquals(List.of(), unresolved);
	}

	@Test
	void theViewpointIsForJourneyFilesAndNamesTheServicesClasses() throws IOException {
		Viewpoint viewpoint = ((Group) load().getContents().get(0)).getOwnedViewpoints().get(0);
		assertEquals(JourneyViewpointIds.VIEWPOINT, viewpoint.getName());
		assertEquals(JourneyViewpointIds.FILE_EXTENSION, viewpoint.getModelFileExtension());
		assertEquals(JourneyViewpointIds.SERVICES_CLASSES, viewpoint.getOwnedJavaExtensions().stream().map(JavaExtension::getQualifiedClassName).toList());
		for (String services : JourneyViewpointIds.SERVICES_CLASSES) {
			assertEquals(services, loadServices(services).getName());
		}
	}

	@Test
	void everyNamedElementOfTheSpecificationHasAConstantAndEveryConstantNamesOne() throws IOException {
		Viewpoint viewpoint = ((Group) load().getContents().get(0)).getOwnedViewpoints().get(0);
		Map<String, Set<String>> specified = new TreeMap<>();
		for (RepresentationDescription representation : viewpoint.getOwnedRepresentations()) {
			Set<String> names = new TreeSet<>();
			names.add(representation.getName());
			representation.eAllContents().forEachRemaining(element -> {
				EStructuralFeature name = element.eClass().getEStructuralFeature("name");
				if (name != null && element.eGet(name) instanceof String value && !isVariable(element)) {
					names.add(value);
				}
			});
			specified.put(representation.getName(), names);
		}
		Map<String, Set<String>> constants = new TreeMap<>();
		for (Class<?> diagram : JourneyViewpointIds.class.getDeclaredClasses()) {
			constants.put(diagram.getSimpleName(), stringConstants(diagram));
		}
		assertEquals(specified, constants);
	}

	@Test
	void theRegisteredViewpointIsTheShippedSpecification() {
		Viewpoint registered = ViewpointRegistry.getInstance().getViewpoint(URI.createURI(JourneyViewpointIds.viewpointUri()));
		assertEquals(JourneyViewpointIds.VIEWPOINT, registered.getName());
	}

	/** Loads the specification as Sirius's registry does: through the resource factory Sirius registers for .odesign. */
	static Resource load() throws IOException {
		ViewpointRegistry.getInstance(); // starts Sirius, which installs the specification's migration handler
		Resource resource = new ResourceSetImpl().createResource(ODESIGN);
		try {
			resource.load(Map.of());
		} catch (IOException e) {
			// every error is in getErrors()
		}
		return resource;
	}

	private static Class<?> loadServices(String name) {
		try {
			return Class.forName(name, false, JourneyViewpointIds.class.getClassLoader());
		} catch (ClassNotFoundException e) {
			throw new AssertionError(name + " is not in journey.sirius", e);
		}
	}

	/** Tool variables (container, element, ...) are named too, but by Sirius's conventions, not ours. */
	private static boolean isVariable(EObject element) {
		return element instanceof AbstractVariable || element instanceof EditMaskVariables;
	}

	private static Set<String> stringConstants(Class<?> holder) {
		Set<String> values = new TreeSet<>();
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					values.add((String) field.get(null));
				} catch (IllegalAccessException e) {
					throw new AssertionError(e);
				}
			}
		}
		return values;
	}
}
