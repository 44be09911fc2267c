package journey.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import journey.dsl.syntax.RepeatedProperty;
import journey.dsl.validation.JourneyIssueCodes;
import journey.report.Workspace;
import journey.tests.Examples;

/**
 * The check of repeated properties walks only the elements that the parser and the linker marked,
 * so a repetition they do not mark would be dropped without a word. Here every line of the examples
 * is written twice in turn: the copy either adds to the model (to a list, or a nested element) or
 * is reported as given twice.
 */
class RepeatedPropertyTest {

	private static final Injector SERVICES = Workspace.injector();

	@Test
	void everyLineOfTheExamplesWrittenTwiceAddsToTheModelOrIsReported() throws IOException {
		List<Path> files = Examples.files();
		List<String> silent = new ArrayList<>();
		int reported = 0;
		int grown = 0;
		for (Path file : files) {
			XtextResourceSet resourceSet = resourceSet();
			for (Path other : files) {
				if (!other.equals(file)) {
					resourceSet.getResource(URI.createFileURI(other.toString()), true);
				}
			}
			XtextResource edited = (XtextResource) resourceSet.createResource(URI.createFileURI(file.toString()));
			String text = Files.readString(file);
			edited.reparse(text);
			long size = size(edited);
			assertTrue(edited.getErrors().isEmpty(), file + ": " + edited.getErrors());
			assertTrue(duplicates(edited).isEmpty(), file + ": " + duplicates(edited));
			List<String> lines = text.lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank() || line.strip().startsWith("//")) {
					continue;
				}
				// the copy's texts differ from the first's: a list of texts keeps each text once
				List<String> twice = new ArrayList<>(lines);
				twice.add(i + 1, line.replaceAll("\"([^\"]*)\"", "\"$1 again\""));
				edited.reparse(String.join("\n", twice) + "\n");
				if (!edited.getErrors().isEmpty()) {
					continue; // a brace or a header: not a property
				}
				if (!duplicates(edited).isEmpty()) {
					reported++;
				} else if (size(edited) > size) {
					grown++;
				} else {
					silent.add(file.getFileName() + ":" + (i + 1) + " " + line.strip());
				}
			}
		}
		assertEquals(List.of(), silent, "lines whose copy replaced the first value without a word");
		assertTrue(reported > 100 && grown > 100, reported + " reported, " + grown + " added to the model");
	}

	@Test
	void theFirstLiteralOfAnEnumGivenTwiceIsReported() throws IOException {
		XtextResource file = parse("""
				journey J {
					state current
					state current
					stage S { step A { pain P severity low severity low } }
				}
				""");
		assertEquals(List.of("'state' is given twice in journey J", "'severity' is given twice in pain point P"),
				duplicates(file).stream().map(issue -> issue.getMessage().replaceFirst(";.*", "")).toList());
	}

	@Test
	void aKeyMomentMarkedTwiceIsReported() throws IOException {
		XtextResource file = parse("journey J { stage S { step A { key moment key moment } } }\n");
		assertEquals(1, duplicates(file).size(), duplicates(file).toString());
	}

	@Test
	void theParserMarksNoElementOfTheExamplesWhichRepeatNothing() {
		XtextResourceSet resourceSet = resourceSet();
		List<EObject> marked = new ArrayList<>();
		long elements = 0;
		for (Path file : Examples.files()) {
			Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
			for (var it = resource.getAllContents(); it.hasNext(); elements++) {
				EObject element = it.next();
				if (RepeatedProperty.isMarked(element)) {
					marked.add(element);
				}
			}
		}
		assertEquals(List.of(), marked);
		assertTrue(elements > 300, elements + " elements");
	}

	/**
	 * The parser sees a property given before when EMF says it is set. A property that an element
	 * body may repeat (it lies in a group marked * or +) must therefore be unsettable or have no
	 * default: EMF says a property that equals its default is not set.
	 */
	@Test
	void everyPropertyThatAnElementBodyMayRepeatIsSetOnceGiven() {
		List<String> hidden = new ArrayList<>();
		int repeatable = 0;
		for (ParserRule rule : GrammarUtil.allParserRules(SERVICES.getInstance(IGrammarAccess.class).getGrammar())) {
			if (!(rule.getType().getClassifier() instanceof EClass type)) {
				continue; // a datatype rule assigns nothing
			}
			assertFalse(rule.isFragment(), rule.getName() + ": a fragment's callers may repeat it, which this test does not look for");
			for (Assignment assignment : EcoreUtil2.getAllContentsOfType(rule, Assignment.class)) {
				EStructuralFeature feature = type.getEStructuralFeature(assignment.getFeature());
				if (feature == null || feature.isMany() || !repeats(assignment, rule)) {
					continue;
				}
				repeatable++;
				boolean alwaysTrue = "?=".equals(assignment.getOperator()); // sets true, never the default false
				if (!feature.isUnsettable() && feature.getDefaultValue() != null && !alwaysTrue) {
					hidden.add(rule.getName() + "." + feature.getName() + " (default " + feature.getDefaultValue() + ")");
				}
			}
		}
		assertEquals(List.of(), hidden, "properties whose first value, equal to the default, would not be seen: make them unsettable");
		assertTrue(repeatable > 50, repeatable + " properties that a body may repeat");
	}

	private static boolean repeats(AbstractElement element, ParserRule rule) {
		for (EObject at = element; at != rule; at = at.eContainer()) {
			if (at instanceof AbstractElement part && ("*".equals(part.getCardinality()) || "+".equals(part.getCardinality()))) {
				return true;
			}
		}
		return false;
	}

	private static XtextResourceSet resourceSet() {
		XtextResourceSet resourceSet = SERVICES.getInstance(XtextResourceSet.class);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("journey", SERVICES.getInstance(IResourceFactory.class));
		return resourceSet;
	}

	private static XtextResource parse(String text) throws IOException {
		XtextResource file = (XtextResource) resourceSet().createResource(URI.createURI("memory:/test.journey"));
		file.reparse(text);
		assertEquals(List.of(), file.getErrors());
		return file;
	}

	private static List<Issue> duplicates(XtextResource file) {
		return file.getResourceServiceProvider().getResourceValidator().validate(file, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> JourneyIssueCodes.DUPLICATE_PROPERTY.equals(issue.getCode())).toList();
	}

	/** Elements, and the values of every list of every element: what a second copy of a line may add. */
	private static long size(Resource file) {
		long size = 0;
		for (var it = file.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			size++;
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				if (feature.isMany() && !feature.isDerived() && !feature.isTransient()) {
					size += ((List<?>) element.eGet(feature, false)).size();
				}
			}
		}
		return size;
	}
}
