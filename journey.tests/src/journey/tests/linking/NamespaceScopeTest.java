package journey.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;

import journey.cli.bench.WorkspaceGenerator;
import journey.dsl.JourneyRuntimeModule;
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
