package journey.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import journey.cli.bench.WorkspaceGenerator;
import journey.dsl.JourneyRuntimeModule;
import journey.report.Workspace;
import journey.tests.Examples;

/**
 * A journey file resolves the proxies that linking recorded instead of walking every reference of
 * every element for them: it must link exactly what Xtext's walk links, and keep what it cannot
 * link as Xtext does, to be tried again on the next resolution.
 */
class RecordedProxiesTest {

	@TempDir
	Path dir;

	/**
	 * The language with Xtext's own lazy linker, whose files walk their whole model for proxies.
	 * EMF's registries are left alone; the language's setup has filled them (its grammar is read
	 * through them).
	 */
	private static final Injector STOCK_LINKER = stockLinker();

	private static Injector stockLinker() {
		Workspace.injector();
		return Guice.createInjector(Modules.override(new JourneyRuntimeModule()).with(binder -> binder.bind(ILinker.class).to(LazyLinker.class)));
	}

	private static final String CATALOGUE = "package cat\nchannel Web \"Web shop\" online website\ndepartment Sales \"Sales\"\nprocess Orders \"Orders\" owner Sales {\n\tactivity Take \"Take the order\" frontstage owner Sales\n}\n";
	private static final String JOURNEY = """
			package j
			import cat.*
			persona Shopper "Shopper"
			journey J "Buy" {
				persona Shopper
				stage Buy "Buy" {
					step Order "Orders" {
						touchpoint Shop "Web shop" via Web {
							supported by Orders.Take, Orders.Ship
						}
					}
				}
			}
			""";

	@Test
	void theExamplesLinkAsWithXtextsWalk() {
		assertLinkedAsWithXtextsWalk(Examples.files());
	}

	@Test
	void aGeneratedWorkspaceLinksAsWithXtextsWalk() throws IOException {
		new WorkspaceGenerator(3).generate(dir, 150_000, 2);
		try (Stream<Path> files = Files.walk(dir)) {
			assertLinkedAsWithXtextsWalk(files.filter(f -> f.toString().endsWith(".journey")).sorted().toList());
		}
	}

	@Test
	void aNameThatIsNotFoundStaysAProxyAndIsTriedAgainAsWithXtextsWalk() throws IOException {
		Path catalogue = Files.writeString(dir.resolve("catalogue.journey"), CATALOGUE);
		Path journey = Files.writeString(dir.resolve("journey.journey"), JOURNEY);
		List<List<String>> answers = new ArrayList<>();
		for (Injector services : List.of(STOCK_LINKER, Workspace.injector())) {
			List<Resource> files = load(services, List.of(catalogue, journey));
			List<String> unresolved = targetsAfterResolving(files);
			assertTrue(unresolved.stream().anyMatch(target -> target.endsWith("-> proxy journey.journey")), String.join("\n", unresolved));
			// the catalogue gains the missing activity; the journey, unchanged, is resolved again
			((XtextResource) files.get(0)).reparse(CATALOGUE.replace("}", "\tactivity Ship \"Ship the order\" backstage owner Sales\n}"));
			answers.add(unresolved);
			answers.add(targetsAfterResolving(files));
		}
		assertEquals(answers.get(0), answers.get(2));
		assertEquals(answers.get(1), answers.get(3));
	}

	private static void assertLinkedAsWithXtextsWalk(List<Path> files) {
		List<String> xtexts = targetsAfterResolving(load(STOCK_LINKER, files));
		List<String> ours = targetsAfterResolving(load(Workspace.injector(), files));
		assertTrue(xtexts.size() > 100, xtexts.size() + " references");
		assertEquals(xtexts, ours);
	}

	private static List<Resource> load(Injector services, List<Path> files) {
		XtextResourceSet resourceSet = services.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", services.getInstance(IResourceFactory.class));
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(resourceSet.getResource(URI.createFileURI(file.toString()), true));
		}
		return resources;
	}

	/**
	 * Resolves each file's proxies as the builder and the validator do, twice, and lists where each
	 * reference of each element points (a proxy, or an element's URI) and each file's errors.
	 */
	private static List<String> targetsAfterResolving(List<Resource> files) {
		for (int pass = 0; pass < 2; pass++) {
			for (Resource file : files) {
				EcoreUtil2.resolveLazyCrossReferences(file, CancelIndicator.NullImpl);
			}
		}
		List<String> targets = new ArrayList<>();
		for (Resource file : files) {
			for (var it = file.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
						continue;
					}
					List<Object> values = new ArrayList<>();
					if (reference.isMany()) {
						InternalEList<?> list = (InternalEList<?>) element.eGet(reference, false);
						for (int i = 0; i < list.size(); i++) {
							values.add(list.basicGet(i));
						}
					} else if (element.eGet(reference, false) != null) {
						values.add(element.eGet(reference, false));
					}
					for (Object value : values) {
						EObject target = (EObject) value;
						targets.add(file.getURI().lastSegment() + " " + file.getURIFragment(element) + " " + reference.getName() + " -> "
								+ (target.eIsProxy() ? "proxy " + ((InternalEObject) target).eProxyURI().trimFragment().lastSegment()
										: EcoreUtil.getURI(target).lastSegment() + "#" + EcoreUtil.getURI(target).fragment()));
					}
				}
			}
			file.getErrors().forEach(error -> targets.add(file.getURI().lastSegment() + " error " + error.getLine() + ": " + error.getMessage()));
		}
		return targets;
	}
}
