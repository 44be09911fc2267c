package journey.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.cli.bench.WorkspaceGenerator;
import journey.dsl.resource.JourneyResource;
import journey.report.Workspace;
import journey.tests.Examples;

/**
 * A file that is unloaded (the language server does it to an edited file on every change) leaves
 * each of its objects as a proxy of the fragment that EMF gives it, so that another file that
 * points at one finds its successor once the file is loaded again.
 */
class UnloadedFileTest {

	@TempDir
	Path dir;

	@Test
	void eachObjectOfAnUnloadedExampleIsAProxyOfItsFragmentAndResolvesToItsSuccessor() {
		XtextResourceSet resourceSet = Workspace.injector().getInstance(XtextResourceSet.class);
		List<Resource> examples = Examples.loadAll(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		int objects = 0;
		for (Resource example : examples) {
			objects += assertUnloadedIntoProxiesOfTheirFragments(example);
		}
		assertTrue(objects > 400, objects + " objects");
	}

	@Test
	void eachObjectOfAnUnloadedLongFileIsAProxyOfItsFragmentAndResolvesToItsSuccessor() throws IOException {
		Path file = Files.writeString(dir.resolve("long.journey"), new WorkspaceGenerator(1).singleFile(3000));
		XtextResourceSet resourceSet = Workspace.injector().getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		assertTrue(assertUnloadedIntoProxiesOfTheirFragments(resource) > 1000);
	}

	/** Unloads the file, checks every object's proxy, loads the file again and resolves each proxy. */
	private static int assertUnloadedIntoProxiesOfTheirFragments(Resource resource) {
		assertTrue(resource instanceof JourneyResource, resource.getClass().getName());
		List<EObject> objects = new ArrayList<>();
		List<String> fragments = new ArrayList<>();
		resource.getAllContents().forEachRemaining(object -> {
			objects.add(object);
			fragments.add(resource.getURIFragment(object));
		});
		resource.unload();
		for (int i = 0; i < objects.size(); i++) {
			assertEquals(resource.getURI().appendFragment(fragments.get(i)), ((InternalEObject) objects.get(i)).eProxyURI(), fragments.get(i));
			assertTrue(objects.get(i).eAdapters().isEmpty(), fragments.get(i));
		}
		resource.getResourceSet().getResource(resource.getURI(), true);
		for (int i = 0; i < objects.size(); i++) {
			EObject successor = EcoreUtil.resolve(objects.get(i), resource.getResourceSet());
			assertNotSame(objects.get(i), successor, fragments.get(i));
			assertSame(resource, successor.eResource(), fragments.get(i));
			assertEquals(objects.get(i).eClass(), successor.eClass(), fragments.get(i));
			assertEquals(fragments.get(i), resource.getURIFragment(successor));
		}
		return objects.size();
	}
}
