package journey.tests.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import journey.dsl.build.DetachedResourceDescription;
import journey.dsl.validation.JourneyIssueCodes;
import journey.report.Workspace;
import journey.tests.Examples;
import journey.tests.ide.LspTestClient;
import journey.tests.validation.ValidationTests;

/**
 * The index keeps each file as a {@link DetachedResourceDescription}: it must describe a file as
 * Xtext's own copy does, point at the same elements, and carry the builders from one build to the
 * next as Xtext's copy did.
 */
class DetachedResourceDescriptionTest {

	@TempDir
	Path dir;

	private final Injector injector = Workspace.injector();

	private List<Resource> loadedExamples() {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = Examples.loadAll(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		return resources;
	}

	private IResourceDescription live(Resource resource) {
		return ((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource);
	}

	@Test
	void eachExampleIsDescribedAsXtextsOwnCopyDescribesIt() {
		int exported = 0;
		int references = 0;
		for (Resource resource : loadedExamples()) {
			IResourceDescription live = live(resource);
			IResourceDescription xtexts = SerializableResourceDescription.createCopy(live);
			DetachedResourceDescription ours = DetachedResourceDescription.of(live);
			String file = resource.getURI().lastSegment();

			assertTrue(ours.isLinked());
			assertEquals(xtexts.getURI(), ours.getURI());
			assertEquals(exports(xtexts), exports(ours), file);
			assertEquals(list(xtexts.getImportedNames()), list(ours.getImportedNames()), file);
			assertEquals(references(xtexts), references(ours), file);
			IResourceDescription.Manager manager = ((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager();
			assertFalse(manager.createDelta(xtexts, ours).haveEObjectDescriptionsChanged(), file);
			for (IEObjectDescription object : xtexts.getExportedObjects()) {
				QualifiedName name = object.getName();
				QualifiedName shouted = QualifiedName.create(name.getSegments().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
				assertEquals(uris(xtexts.getExportedObjects(EcorePackage.Literals.EOBJECT, name, false)),
						uris(ours.getExportedObjects(EcorePackage.Literals.EOBJECT, name, false)), name.toString());
				assertEquals(uris(xtexts.getExportedObjects(object.getEClass(), shouted, true)),
						uris(ours.getExportedObjects(object.getEClass(), shouted, true)), name.toString());
				assertEquals(uris(xtexts.getExportedObjectsByType(object.getEClass())), uris(ours.getExportedObjectsByType(object.getEClass())));
			}
			exported += list(ours.getExportedObjects()).size();
			references += list(ours.getReferenceDescriptions()).size();
		}
		assertTrue(exported > 300 && references > 70, exported + " exported elements and " + references + " references");
	}

	@Test
	void anExportedElementGivesAProxyThatResolvesToTheElementItself() {
		for (Resource resource : loadedExamples()) {
			IResourceDescription live = live(resource);
			DetachedResourceDescription ours = DetachedResourceDescription.of(live);
			List<IEObjectDescription> liveObjects = list(live.getExportedObjects());
			List<IEObjectDescription> detached = list(ours.getExportedObjects());
			for (int i = 0; i < detached.size(); i++) {
				EObject proxy = detached.get(i).getEObjectOrProxy();
				assertTrue(proxy.eIsProxy(), detached.get(i).toString());
				assertSame(liveObjects.get(i).getEObjectOrProxy(), EcoreUtil.resolve(proxy, resource), detached.get(i).toString());
			}
			assertEquals(list(live.getExportedObjectsByObject(resource.getContents().get(0))).size(),
					list(ours.getExportedObjectsByObject(resource.getContents().get(0))).size());
		}
	}

	@Test
	void theExportsAloneSayTheFileIsNotLinkedYetAndHoldNoReferences() {
		for (Resource resource : loadedExamples()) {
			IResourceDescription live = live(resource);
			DetachedResourceDescription exports = DetachedResourceDescription.exportsOf(live);
			assertFalse(exports.isLinked());
			assertEquals(exports(SerializableResourceDescription.createCopy(live)), exports(exports));
			assertEquals(List.of(), list(exports.getImportedNames()));
			assertEquals(List.of(), list(exports.getReferenceDescriptions()));
		}
	}

	private static final String JOURNEY = """
			import cat.*
			journey Buy { persona Shopper stage Look { step See {
				touchpoint Shop via Web { supported by Sell.Show, Sell.Pack }
			} } }
			""";

	/** The issues of each file after one run of the language's incremental builder over the given files. */
	private final class Builds {
		final XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		IndexState state = new IndexState(new ResourceDescriptionsData(Collections.emptyList()), new Source2GeneratedMapping());
		final Map<URI, List<Issue>> issues = new java.util.HashMap<>();

		Builds() {
			ProjectDescription project = new ProjectDescription();
			project.setName("test");
			project.attachToEmfObject(resourceSet);
			new ChunkedResourceDescriptions(Map.of(), resourceSet).setContainer("test", state.getResourceDescriptions());
		}

		void build(Path... dirty) {
			BuildRequest request = new BuildRequest();
			request.setBaseDir(URI.createFileURI(dir.toString()));
			request.setDirtyFiles(Arrays.stream(dirty).map(Builds::uri).toList());
			request.setResourceSet(resourceSet);
			request.setState(state);
			request.setAfterValidate((uri, found) -> {
				issues.put(uri, list(found));
				return true;
			});
			IResourceServiceProvider language = injector.getInstance(IResourceServiceProvider.class);
			state = injector.getInstance(IncrementalBuilder.class).build(request, uri -> language).getIndexState();
			((ChunkedResourceDescriptions) ChunkedResourceDescriptions.findInEmfObject(resourceSet)).setContainer("test", state.getResourceDescriptions());
		}

		List<String> codes(Path file) {
			List<Issue> found = issues.get(uri(file));
			assertNotNull(found, file + " was not validated");
			return found.stream().map(Issue::getCode).sorted().toList();
		}

		static URI uri(Path file) {
			return URI.createFileURI(file.toString());
		}
	}

	@Test
	void theIncrementalBuilderIndexesDetachedCopiesAndFindsTheFilesAChangeAffects() throws IOException {
		Path catalogue = Files.writeString(dir.resolve("catalogue.journey"), ValidationTests.CATALOGUE);
		Path journey = Files.writeString(dir.resolve("buy.journey"), JOURNEY);
		Builds builds = new Builds();
		builds.build(catalogue, journey);
		for (IResourceDescription entry : builds.state.getResourceDescriptions().getAllResourceDescriptions()) {
			assertTrue(entry instanceof DetachedResourceDescription detached && detached.isLinked(), entry.getClass().getName());
		}
		// the catalogue's activities are served by the touchpoint in the other file, built in the same run
		assertEquals(List.of(), builds.codes(catalogue));
		assertFalse(builds.codes(journey).contains(JourneyIssueCodes.UNRESOLVED_REFERENCE), builds.codes(journey).toString());

		// the next build starts from the detached copies: renaming an activity reaches the journey that uses it
		Files.writeString(catalogue, ValidationTests.CATALOGUE.replace("activity Show", "activity Display"));
		builds.issues.clear();
		builds.build(catalogue);
		assertEquals(1, builds.codes(journey).stream().filter(JourneyIssueCodes.UNRESOLVED_REFERENCE::equals).count(), builds.codes(journey).toString());
	}

	@Test
	void theLanguageServersIndexKeepsLinkedDetachedCopies() {
		LspTestClient server = LspTestClient.start(dir, Map.of("catalogue.journey", ValidationTests.CATALOGUE, "buy.journey", JOURNEY));
		List<String> entries = server.readIndex(index -> StreamSupport.stream(index.getAllResourceDescriptions().spliterator(), false)
				.map(entry -> entry.getURI().lastSegment() + ": " + (entry instanceof DetachedResourceDescription detached && detached.isLinked()
						? "detached, linked" : entry.getClass().getSimpleName()))
				.sorted().toList());
		assertEquals(List.of("buy.journey: detached, linked", "catalogue.journey: detached, linked"), entries);
		assertEquals(List.of(), server.diagnostics("catalogue.journey"));
	}

	/**
	 * While a builder runs, a file that is indexed but not linked yet has no references in the index.
	 * A check that needs them (which activities the touchpoints of every file support) reads such a
	 * file as a model, whether it was indexed by Xtext's indexer or by the language's.
	 */
	@Test
	void aFileIndexedButNotLinkedYetIsReadAsAModelForTheActivitiesItsTouchpointsSupport() throws IOException {
		Path catalogue = Files.writeString(dir.resolve("catalogue.journey"), ValidationTests.CATALOGUE);
		Path journey = Files.writeString(dir.resolve("buy.journey"), JOURNEY);
		IResourceDescription journeyLive = live(injector.getInstance(XtextResourceSet.class).getResource(Builds.uri(journey), true));
		for (IResourceDescription placeholder : List.of(DetachedResourceDescription.exportsOf(journeyLive), new ResolvedResourceDescription(journeyLive))) {
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			Resource loaded = resourceSet.getResource(Builds.uri(catalogue), true);
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
					new ResourceDescriptionsData(List.of(live(loaded), placeholder)));
			List<String> codes = ((XtextResource) loaded).getResourceServiceProvider().getResourceValidator()
					.validate(loaded, CheckMode.ALL, CancelIndicator.NullImpl).stream().map(Issue::getCode).toList();
			assertEquals(List.of(), codes, placeholder.getClass().getSimpleName());
		}
	}

	private static <T> List<T> list(Iterable<T> items) {
		return StreamSupport.stream(items.spliterator(), false).toList();
	}

	private static List<String> exports(IResourceDescription description) {
		List<String> lines = new ArrayList<>();
		for (IEObjectDescription object : description.getExportedObjects()) {
			lines.add(object.getName() + " " + object.getEClass().getName() + " " + object.getEObjectURI() + " " + List.of(object.getUserDataKeys()));
		}
		return lines;
	}

	private static List<String> references(IResourceDescription description) {
		List<String> lines = new ArrayList<>();
		for (IReferenceDescription reference : description.getReferenceDescriptions()) {
			lines.add(reference.getSourceEObjectUri() + " " + reference.getEReference().getName() + "[" + reference.getIndexInList() + "] "
					+ reference.getTargetEObjectUri() + " in " + reference.getContainerEObjectURI());
		}
		return lines;
	}

	private static List<URI> uris(Iterable<IEObjectDescription> objects) {
		return list(objects).stream().map(IEObjectDescription::getEObjectURI).toList();
	}
}
