package journey.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import journey.bpmn.BpmnExport;
import journey.bpmn.BpmnImport;
import journey.bpmn.LaneRules;
import journey.dsl.analytics.JourneyAnalytics;
import journey.dsl.ide.JourneyIdeSetup;
import journey.dsl.ide.serializer.TextPreservingResource;
import journey.dsl.analytics.PriorityFormula;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.report.Workspace;
import journey.report.analyze.AnalyticsReport;
import journey.report.export.Exports;
import journey.report.export.JsonExchange;
import journey.report.render.JourneyRenderer;

/**
 * Everything a .journey text goes through, run on one fuzzed text: parse and validate; for a text
 * that links, analytics, the page and each drawing, every export, the JSON export and its import;
 * for a text without any error, format, serialize and import again, each of which must give back
 * the same model. A stage that throws, or a round trip that changes the model, is a finding.
 */
final class Pipeline {

	/** What went wrong: the stage, and a signature that tells one defect from another. */
	record Finding(String stage, String signature, String detail) {
	}

	private final Injector injector = Workspace.injector();
	/** How many inputs reached each stage: a fuzzer whose inputs never get past the parser tests little. */
	final Map<String, Long> reached = new java.util.concurrent.ConcurrentSkipListMap<>();
	private final Path scratch;
	private int files;

	Pipeline(Path scratch) {
		this.scratch = scratch;
	}

	/** Runs every stage on the text; null when nothing went wrong. */
	Finding run(String text) {
		String stage = reach("1 parse");
		try {
			// each text is a project of its own: the files of earlier inputs must not resolve its references
			Path project = Files.createDirectories(scratch.resolve("input" + (files++ % 8)));
			Files.writeString(project.resolve(journey.report.ProjectRoot.MARKER), "");
			Path file = Files.writeString(project.resolve("fuzz.journey"), text, StandardCharsets.UTF_8);
			Workspace workspace = Workspace.load(List.of(file));
			if (!workspace.problems().isEmpty()) {
				return null; // unreadable input is reported to the user as such
			}
			XtextResource resource = (XtextResource) workspace.files().keySet().iterator().next();
			stage = reach("2 editor load and save");
			Finding editor = editorLoadAndSave(text);
			if (editor != null) {
				return editor;
			}
			stage = reach("2 validate");
			List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
			if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
				return null; // the commands stop here, as they do for the user
			}
			JourneyModel model = (JourneyModel) resource.getContents().get(0);
			for (Journey journey : model.getJourneys()) {
				stage = reach("3 analytics");
				JourneyAnalytics.of(journey, PriorityFormula.DEFAULT);
				AnalyticsReport.text(List.of(new AnalyticsReport.Source(journey, file.toString())), PriorityFormula.DEFAULT);
				AnalyticsReport.json(List.of(new AnalyticsReport.Source(journey, file.toString())), PriorityFormula.DEFAULT);
				stage = reach("4 render");
				JourneyRenderer.page(journey, PriorityFormula.DEFAULT);
				for (Exports.Format format : Exports.Format.values()) {
					if (!format.perFile()) {
						stage = "5 export " + format;
						Exports.of(format, journey);
					}
				}
			}
			if (BpmnExport.hasProcesses(model)) {
				stage = reach("6 export bpmn");
				Path bpmn = Files.writeString(scratch.resolve("exported.bpmn"), BpmnExport.of(model).xml());
				stage = reach("6 import bpmn");
				Files.deleteIfExists(scratch.resolve("catalogue.journey"));
				BpmnImport.importInto(bpmn, scratch.resolve("catalogue.journey"), LaneRules.defaults(), null);
			}
			stage = reach("6 export json");
			String json = JsonExchange.export(resource);
			boolean clean = issues.stream().noneMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
			if (!clean) {
				return null;
			}
			stage = reach("7 import json (no errors)");
			String imported = JsonExchange.toJourneyText(json, scratch.resolve("imported.journey"));
			Finding changed = sameModel("import json", model, imported);
			if (changed != null) {
				return changed;
			}
			stage = reach("8 format");
			Finding formatted = sameModel("format", model, format(resource));
			if (formatted != null) {
				return formatted;
			}
			stage = reach("9 serialize");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			resource.save(out, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
			return sameModel("serialize", model, out.toString(StandardCharsets.UTF_8));
		} catch (JsonExchange.ImportException refused) {
			return new Finding(stage, stage + ": import refused its own export", refused.getMessage());
		} catch (Throwable failure) {
			return new Finding(stage, signature(stage, failure), failure.toString());
		}
	}

	/**
	 * The Eclipse editor and Sirius load a file as a {@link TextPreservingResource}; saving it
	 * without a change must give back the text byte for byte, whatever the text is.
	 */
	private static Finding editorLoadAndSave(String text) throws IOException {
		XtextResourceSet set = IdeServices.INJECTOR.getInstance(XtextResourceSet.class);
		TextPreservingResource resource = IdeServices.INJECTOR.getInstance(TextPreservingResource.class);
		resource.setURI(URI.createURI("inmemory:/fuzz/editor.journey"));
		set.getResources().add(resource);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, null);
		String saved = out.toString(StandardCharsets.UTF_8);
		return saved.equals(text) ? null : new Finding("editor load and save", "editor load and save: an unchanged model saved other text", saved);
	}

	/** The services of the editor and the diagrams, created when the first input needs them. */
	private static final class IdeServices {
		static final Injector INJECTOR = new JourneyIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private String reach(String stage) {
		reached.merge(stage, 1L, Long::sum);
		return stage;
	}

	private String format(XtextResource resource) {
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		return regions.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
	}

	/** Parses the text again and compares its model with the original; a finding when they differ. */
	private Finding sameModel(String stage, JourneyModel original, String text) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource again = set.createResource(URI.createURI("inmemory:/fuzz/again.journey"));
		again.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		if (!again.getErrors().isEmpty()) {
			return new Finding(stage, stage + ": the written text does not parse", again.getErrors().get(0).getMessage() + "\n" + text);
		}
		EObject reparsed = again.getContents().get(0);
		if (!new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualReference(EObject a, EObject b, org.eclipse.emf.ecore.EReference reference) {
				// references are compared by the names they resolve to: the copies live in other resource sets
				return reference.isContainment() ? super.haveEqualReference(a, b, reference) : names(a, reference).equals(names(b, reference));
			}
		}.equals(original, reparsed)) {
			return new Finding(stage, stage + ": the model changed", text);
		}
		return null;
	}

	private static String names(EObject object, org.eclipse.emf.ecore.EReference reference) {
		Object value = object.eGet(reference, true);
		List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
		// a unique list holds each element once, as EMF keeps it: `triggers B, B` (a warning) reads back as `triggers B`
		java.util.Collection<String> names = reference.isUnique() ? new java.util.LinkedHashSet<>() : new java.util.ArrayList<>();
		for (Object target : values) {
			EObject element = (EObject) target;
			names.add(element.eIsProxy() ? linkText(object, (org.eclipse.emf.ecore.InternalEObject) element)
					: element instanceof journey.dsl.model.NamedElement named ? named.getName() : EcoreUtil.getURI(element).fragment());
		}
		return names.toString();
	}

	/**
	 * The name an unresolved reference was written with: its proxy's fragment holds the position of
	 * its node, which differs between two layouts of the same model.
	 */
	private static String linkText(EObject source, org.eclipse.emf.ecore.InternalEObject proxy) {
		String fragment = proxy.eProxyURI().fragment();
		org.eclipse.xtext.linking.lazy.LazyURIEncoder encoder = Workspace.injector().getInstance(org.eclipse.xtext.linking.lazy.LazyURIEncoder.class);
		if (source.eResource() instanceof XtextResource resource && encoder.isCrossLinkFragment(resource, fragment)) {
			return org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(encoder.decode(resource, fragment).getThird());
		}
		return fragment;
	}

	/** The exception's class and the first frame of the project's own code (or the first frame): one per defect. */
	static String signature(String stage, Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		StackTraceElement where = null;
		for (StackTraceElement frame : root.getStackTrace()) {
			if (frame.getClassName().startsWith("journey.") && !frame.getClassName().startsWith("journey.tests.")) {
				where = frame;
				break;
			}
		}
		if (where == null && root.getStackTrace().length > 0) {
			where = root.getStackTrace()[0];
		}
		return stage + ": " + root.getClass().getSimpleName() + (where == null ? "" : " at " + where.getClassName() + "." + where.getMethodName());
	}
}
