package journey.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.impl.ImportedNamesAdapter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.common.collect.Lists;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

import journey.cli.bench.WorkspaceGenerator;
import journey.dsl.JourneyRuntimeModule;
import journey.dsl.model.JourneyPackage;
import journey.dsl.scoping.FileNames;
import journey.dsl.scoping.JourneyNamespaceScopeProvider;
import journey.report.Workspace;
import journey.tests.Examples;

/**
 * {@link JourneyNamespaceScopeProvider} builds less than Xtext's import-aware scoping, and must
 * answer the same: every reference links to the same element, and every scope offers the same
 * names in the same order (content assist proposes what a scope offers).
 */
class NamespaceScopeTest {

	@TempDir
	Path dir;

	/** The language as Xtext's generator binds it, with Xtext's own scoping. EMF's registries are left alone. */
	private static final Injector STOCK_SCOPING = Guice.createInjector(Modules.override(new JourneyRuntimeModule())
			.with(binder -> binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
					.to(ImportedNamespaceAwareLocalScopeProvider.class)));

	@Test
	void theExamplesLinkAndOfferNamesAsWithXtextsOwnScoping() {
		assertSameAnswers(List.of(Examples.folder()));
	}

	@Test
	void aGeneratedWorkspaceLinksAndOffersNamesAsWithXtextsOwnScoping() throws IOException {
		new WorkspaceGenerator(5).generate(dir, 200_000, 3);
		assertSameAnswers(List.of(dir));
	}

	/**
	 * Content assist and checks ask for scopes without the linker's wrapper, which records the names a
	 * file looks up (the editor and the builder find a changed file's dependents by them). A scope
	 * asked for that way first must not serve the linker after it.
	 */
	@Test
	void linkingAfterContentAssistAskedForTheScopesRecordsTheSameImportedNamesAsXtextsOwnScoping() throws IOException {
		new WorkspaceGenerator(5).generate(dir, 100_000, 2);
		Map<String, Set<String>> expected = importedNamesAfterUnwrappedScopes(STOCK_SCOPING, dir);
		assertTrue(expected.values().stream().mapToInt(Set::size).sum() > 20, "imported names recorded: " + expected);
		assertEquals(expected, importedNamesAfterUnwrappedScopes(Workspace.injector(), dir));
	}

	/**
	 * Xtext's linker hands the scope provider each file's record around each lookup; files linked on
	 * several threads at once must each get their own names, not another file's.
	 */
	@Test
	void linkingOnManyThreadsRecordsEachFileTheImportedNamesLinkingOnOneThreadRecords() throws IOException {
		new WorkspaceGenerator(5).generate(dir, 100_000, 2);
		Map<String, Set<String>> oneThread = importedNames(Workspace.load(List.of(dir), Workspace.injector(), 1), dir);
		assertTrue(oneThread.values().stream().mapToInt(Set::size).sum() > 20, "imported names recorded: " + oneThread);
		for (int run = 0; run < 20; run++) {
			assertEquals(oneThread, importedNames(Workspace.load(List.of(dir), Workspace.injector(), 8), dir), "run " + run);
		}
	}

	/** A file's named elements answer every question as Xtext's multimap over the same elements does. */
	@Test
	void aFilesNamesAnswerAsXtextsMultimapOverTheSameElements() throws IOException {
		new WorkspaceGenerator(5).generate(dir, 60_000, 2);
		int lookups = 0;
		for (Path folder : List.of(Examples.folder(), dir)) {
			Workspace workspace = Workspace.load(List.of(folder));
			for (Resource resource : workspace.files().keySet()) {
				IQualifiedNameProvider names = ((XtextResource) resource).getResourceServiceProvider().get(IQualifiedNameProvider.class);
				List<IEObjectDescription> elements = new ArrayList<>();
				Scopes.scopedElementsFor(() -> EcoreUtil.getAllContents(resource, false), names).forEach(elements::add);
				ISelectable xtexts = new MultimapBasedSelectable(elements);
				ISelectable ours = new FileNames(elements);
				assertEquals(xtexts.isEmpty(), ours.isEmpty());
				assertEquals(Lists.newArrayList(xtexts.getExportedObjects()), Lists.newArrayList(ours.getExportedObjects()));
				Set<EClass> types = new LinkedHashSet<>(List.of(EcorePackage.Literals.EOBJECT, JourneyPackage.Literals.NAMED_ELEMENT));
				elements.forEach(element -> types.add(element.getEClass()));
				for (EClass type : types) {
					assertEquals(Lists.newArrayList(xtexts.getExportedObjectsByType(type)), Lists.newArrayList(ours.getExportedObjectsByType(type)));
				}
				for (IEObjectDescription element : elements) {
					QualifiedName name = element.getName();
					QualifiedName shouted = QualifiedName.create(name.getSegments().stream().map(segment -> segment.toUpperCase(Locale.ROOT)).toList());
					for (QualifiedName asked : List.of(name, shouted, name.append("missing"), name.skipLast(1))) {
						for (EClass type : List.of(EcorePackage.Literals.EOBJECT, element.getEClass(), JourneyPackage.Literals.STEP)) {
							for (boolean ignoreCase : new boolean[] { false, true }) {
								assertEquals(Lists.newArrayList(xtexts.getExportedObjects(type, asked, ignoreCase)),
										Lists.newArrayList(ours.getExportedObjects(type, asked, ignoreCase)), asked + " " + type.getName() + " " + ignoreCase);
								lookups++;
							}
						}
					}
					assertEquals(Lists.newArrayList(xtexts.getExportedObjectsByObject(element.getEObjectOrProxy())),
							Lists.newArrayList(ours.getExportedObjectsByObject(element.getEObjectOrProxy())));
				}
			}
		}
		assertTrue(lookups > 10_000, lookups + " lookups compared");
	}

	private static Map<String, Set<String>> importedNames(Workspace workspace, Path folder) {
		return names(List.copyOf(workspace.files().keySet()), folder);
	}

	private static Map<String, Set<String>> names(List<Resource> resources, Path folder) {
		Map<String, Set<String>> names = new TreeMap<>();
		for (Resource resource : resources) {
			ImportedNamesAdapter imported = ImportedNamesAdapter.find(resource);
			names.put(folder.relativize(Path.of(resource.getURI().toFileString())).toString(), imported == null ? Set.of()
					: imported.getImportedNames().stream().map(QualifiedName::toString).collect(Collectors.toCollection(TreeSet::new)));
		}
		return names;
	}

	/** Each file's recorded imported names, when every scope was asked for before the file was linked. */
	private static Map<String, Set<String>> importedNamesAfterUnwrappedScopes(Injector services, Path folder) throws IOException {
		XtextResourceSet resourceSet = services.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", services.getInstance(IResourceFactory.class));
		List<Resource> resources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
				resources.add(resourceSet.getResource(URI.createFileURI(file.toString()), true));
			}
		}
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			descriptions.add(((XtextResource) resource).getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, new ResourceDescriptionsData(descriptions));
		for (Resource resource : resources) {
			IScopeProvider scoping = ((XtextResource) resource).getResourceServiceProvider().get(IScopeProvider.class);
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived()) {
						scoping.getScope(element, reference);
					}
				}
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		return names(resources, folder);
	}

	private static void assertSameAnswers(List<Path> inputs) {
		Workspace ours = Workspace.load(inputs);
		Workspace stock = Workspace.load(inputs, STOCK_SCOPING);
		assertEquals(ImportedNamespaceAwareLocalScopeProvider.class,
				STOCK_SCOPING.getInstance(Key.get(IScopeProvider.class, Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))).getClass());
		List<String> expected = answers(stock);
		assertTrue(expected.size() > 100, "references and scopes compared: " + expected.size());
		assertEquals(expected, answers(ours));
	}

	/** For every reference of every element: what it links to, and the names its scope offers. */
	private static List<String> answers(Workspace workspace) {
		List<String> answers = new ArrayList<>();
		long scopes = 0;
		for (Resource resource : workspace.files().keySet()) {
			IScopeProvider scoping = ((XtextResource) resource).getResourceServiceProvider().get(IScopeProvider.class);
			for (var it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
						continue;
					}
					Object value = element.eGet(reference);
					List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
					for (Object target : targets) {
						answers.add(EcoreUtil.getURI(element) + " " + reference.getName() + " -> " + EcoreUtil.getURI((EObject) target));
					}
					if (!targets.isEmpty() || scopes++ % 7 == 0) { // every used reference's scope, and a sample of the unused ones
						IScope scope = scoping.getScope(element, reference);
						StringBuilder names = new StringBuilder(reference.getName() + " offers");
						for (IEObjectDescription offered : scope.getAllElements()) {
							names.append(' ').append(offered.getName());
						}
						answers.add(names.toString());
					}
				}
			}
		}
		return answers;
	}
}
