package journey.tests.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.cli.bench.WorkspaceGenerator;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.query.JourneyQueries;
import journey.report.Workspace;
import journey.tests.Examples;

/**
 * The qualified-name provider reads names without Xtext's reflection and resolver, and one instance
 * serves every file: it must still name every element as Xtext's declarative provider does with
 * the journey rule (an element inside a journey is named under the journey).
 */
class QualifiedNamesTest {

	@TempDir
	Path dir;

	/**
	 * The rule through Xtext's own machinery: the declarative dispatcher and the name attribute's
	 * resolver. Not injected, so it caches nothing and shares no cache with the provider under test.
	 */
	static final class DeclarativeNames extends DefaultDeclarativeQualifiedNameProvider {
		@Override
		public QualifiedName getFullyQualifiedName(EObject object) {
			if (object instanceof JourneyModel model && (model.getName() == null || model.getName().isBlank() || model.getName().startsWith(".")
					|| model.getName().endsWith(".") || model.getName().contains(".."))) {
				return null;
			}
			return super.getFullyQualifiedName(object);
		}

		/** The journey rule, called by Xtext's declarative dispatcher; null falls back to the name attribute. */
		protected QualifiedName qualifiedName(NamedElement element) {
			Journey journey = element instanceof Journey ? null : JourneyQueries.journeyOf(element);
			if (journey == null || element.getName() == null || element.getName().isEmpty()) {
				return null;
			}
			QualifiedName journeyName = getFullyQualifiedName(journey);
			return journeyName == null ? null : journeyName.append(element.getName());
		}
	}

	@Test
	void everyElementOfTheExamplesIsNamedAsXtextsDeclarativeProviderNamesIt() {
		assertSameNames(Workspace.load(List.of(Examples.folder())), 300);
	}

	@Test
	void everyElementOfAGeneratedWorkspaceIsNamedAsXtextsDeclarativeProviderNamesIt() throws IOException {
		new WorkspaceGenerator(3).generate(dir, 200_000, 4);
		assertSameNames(Workspace.load(List.of(dir)), 1500);
	}

	@Test
	void filesWithoutAPackageOrWithAnUnreadableOneAreNamedAsBefore() throws IOException {
		Files.writeString(dir.resolve("plain.journey"), "journey Plain {\n\tstage S {\n\t\tstep A {\n\t\t}\n\t}\n}\nteam Ops\n");
		Files.writeString(dir.resolve("dotted.journey"), "package shop.\n");
		Workspace workspace = Workspace.load(List.of(dir));
		assertSameNames(workspace, 4);
		IQualifiedNameProvider names = provider(workspace);
		for (Resource file : workspace.files().keySet()) {
			JourneyModel model = (JourneyModel) file.getContents().get(0);
			if (file.getURI().lastSegment().equals("dotted.journey")) {
				assertNull(names.getFullyQualifiedName(model), "a package name that ends in a dot names nothing");
			} else {
				assertEquals("Plain.A", names.getFullyQualifiedName(model.getJourneys().get(0).getStages().get(0).getSteps().get(0)).toString());
			}
		}
	}

	@Test
	void everyFileIsServedByTheSameProviderAndSerializer() {
		IResourceFactory factory = Workspace.injector().getInstance(IResourceFactory.class);
		XtextResource first = (XtextResource) factory.createResource(URI.createURI("memory:/first.journey"));
		XtextResource second = (XtextResource) factory.createResource(URI.createURI("memory:/second.journey"));
		assertSame(first.getSerializer(), second.getSerializer());
		assertSame(first.getConcreteSyntaxValidator(), second.getConcreteSyntaxValidator());
		assertSame(first.getResourceServiceProvider().get(IQualifiedNameProvider.class),
				second.getResourceServiceProvider().get(IQualifiedNameProvider.class));
	}

	private static IQualifiedNameProvider provider(Workspace workspace) {
		return ((XtextResource) workspace.files().keySet().iterator().next()).getResourceServiceProvider().get(IQualifiedNameProvider.class);
	}

	/** Compares the names of all elements of the loaded files, and checks that at least so many have one. */
	private static void assertSameNames(Workspace workspace, int named) {
		IQualifiedNameProvider names = provider(workspace);
		DeclarativeNames declarative = new DeclarativeNames();
		List<String> differences = new ArrayList<>();
		int withName = 0;
		for (Resource file : workspace.files().keySet()) {
			for (var contents = file.getAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				QualifiedName expected = declarative.getFullyQualifiedName(element);
				QualifiedName actual = names.getFullyQualifiedName(element);
				if (expected != null) {
					withName++;
				}
				if (expected == null ? actual != null : !expected.equals(actual)) {
					differences.add(element.eClass().getName() + " in " + file.getURI().lastSegment() + ": " + expected + " but was " + actual);
				}
			}
		}
		assertEquals(List.of(), differences);
		assertTrue(withName >= named, "only " + withName + " named elements");
	}
}
