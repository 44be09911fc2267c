package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import com.google.inject.Provider;

import journey.dsl.model.JourneyModel;

/**
 * Diagram edits are saved through the serializer, so every construct must survive
 * parse, serialize, parse with the model unchanged.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class SerializerRoundTripTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ISerializer serializer;

	@Test
	void everyExampleSurvivesSerializationWithItsNodeModel() throws IOException {
		List<Resource> originals = Examples.loadAll(resourceSets.get());
		Map<URI, String> texts = new java.util.LinkedHashMap<>();
		for (Resource original : originals) {
			texts.put(original.getURI(), serializer.serialize(original.getContents().get(0)));
		}
		assertReparsedEqual(originals, texts);
	}

	@Test
	void everyExampleSurvivesSerializationFromScratch() throws IOException {
		List<Resource> originals = Examples.loadAll(resourceSets.get());
		// Copies carry no node model, as with a model that a diagram tool built in memory.
		XtextResourceSet copies = resourceSets.get();
		Collection<EObject> copiedRoots = EcoreUtil.copyAll(originals.stream().map(r -> r.getContents().get(0)).toList());
		List<EObject> roots = new ArrayList<>(copiedRoots);
		Map<URI, String> texts = new java.util.LinkedHashMap<>();
		for (int i = 0; i < originals.size(); i++) {
			Resource copy = copies.createResource(originals.get(i).getURI());
			copy.getContents().add(roots.get(i));
		}
		for (int i = 0; i < originals.size(); i++) {
			texts.put(originals.get(i).getURI(), serializer.serialize(roots.get(i)));
		}
		assertReparsedEqual(originals, texts);
	}

	@Test
	void aModelThatSetsEveryClassAndFeatureSurvivesSerialization() throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = resourceSet.createResource(URI.createURI("inmemory:/full/full.journey"));
		JourneyModel model = FullModel.build();
		resource.getContents().add(model);
		String text = serializer.serialize(model);

		Resource reparsed = parse(resourceSets.get(), resource.getURI(), text);
		assertTrue(reparsed.getErrors().isEmpty(), () -> reparsed.getErrors() + "\n" + text);
		EObject again = reparsed.getContents().get(0);
		EcoreUtil.resolveAll(reparsed);
		assertTrue(EcoreUtil.equals(model, again), () -> "the reparsed model differs:\n" + text);
	}

	private void assertReparsedEqual(List<Resource> originals, Map<URI, String> texts) throws IOException {
		XtextResourceSet reparsedSet = resourceSets.get();
		List<Resource> reparsed = new ArrayList<>();
		for (Map.Entry<URI, String> entry : texts.entrySet()) {
			reparsed.add(parse(reparsedSet, entry.getKey(), entry.getValue()));
		}
		EcoreUtil.resolveAll(reparsedSet);
		for (int i = 0; i < originals.size(); i++) {
			Resource again = reparsed.get(i);
			String name = again.getURI().lastSegment();
			assertEquals(List.of(), again.getErrors(), name + " does not parse after serialization:\n" + texts.get(again.getURI()));
			assertTrue(EcoreUtil.equals(originals.get(i).getContents().get(0), again.getContents().get(0)),
					() -> name + " changed in the round trip:\n" + texts.get(again.getURI()));
		}
	}

	private static Resource parse(XtextResourceSet resourceSet, URI uri, String text) throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		return resource;
	}
}
