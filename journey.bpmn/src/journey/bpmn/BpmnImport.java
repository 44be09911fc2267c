package journey.bpmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.xml.sax.SAXParseException;

import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyModel;
import journey.report.TextUpdate;
import journey.report.imports.ImportException;
import journey.report.imports.ImportResult;
import journey.report.imports.ImportResult.FileText;
import journey.report.imports.ImportSummary;
import journey.report.imports.InputText;
import journey.report.imports.JourneyText;

/**
 * `journey import --format bpmn` and the Studio's BPMN import: reads a BPMN 2.0 file with Camunda's
 * model API and writes the catalogue it holds, as a new .journey file or as minimal changes to an
 * existing one (its comments, layout and the links journeys hold stay).
 */
public final class BpmnImport {

	private BpmnImport() {
	}

	/** Reads and checks a BPMN file against BPMN's schema, saying where and why it cannot be read. */
	public static BpmnModelInstance read(Path file) throws ImportException {
		byte[] bytes = InputText.bytes(file);
		if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
			throw new ImportException("the file is empty; a BPMN file is XML with a <definitions> element");
		}
		try {
			BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
			Bpmn.validateModel(model);
			return model;
		} catch (ModelException e) {
			SAXParseException place = place(e);
			if (place != null) {
				throw new ImportException(place.getMessage(), place.getLineNumber(), place.getColumnNumber());
			}
			// Camunda's parser hands on the XML parser's report as text: "Fatal Error: URI=null Line=43: Element type ..."
			java.util.regex.Matcher line = java.util.regex.Pattern.compile("Line=(\\d+): (.*)", java.util.regex.Pattern.DOTALL).matcher(why(e));
			if (line.find()) {
				throw new ImportException("the XML is malformed: " + line.group(2).strip(), Integer.parseInt(line.group(1)), 1);
			}
			throw new ImportException(why(e));
		}
	}

	/**
	 * The catalogue in {@code target} after the import: the text of a new file with the given package
	 * where there is none yet, else the existing file's text changed where the BPMN file differs.
	 */
	public static ImportResult importInto(Path bpmnFile, Path target, LaneRules rules, String packageName) throws ImportException {
		BpmnCatalogue catalogue = BpmnReader.read(read(bpmnFile), rules);
		ImportSummary summary = new ImportSummary();
		catalogue.skipped().forEach(skip -> summary.skipped(skip.what(), skip.why()));
		if (Files.exists(target)) {
			try {
				String text = TextUpdate.changed(target, "the import changes the catalogue only where the BPMN file differs from it",
						(file, workspace) -> {
							if (!(file.getContents().get(0) instanceof JourneyModel model)) {
								throw new TextUpdate.UpdateException("cannot read " + target);
							}
							CatalogueMerge.apply(model, catalogue, element -> users(element, workspace.resourceSet()), summary);
						});
				return new ImportResult(List.of(FileText.of(target, text)), summary);
			} catch (TextUpdate.UpdateException e) {
				throw new ImportException(e.getMessage());
			}
		}
		JourneyModel model = JourneyFactory.eINSTANCE.createJourneyModel();
		model.setName(packageName != null ? packageName : JourneyText.packageFor(target));
		CatalogueMerge.apply(model, catalogue, element -> List.of(), summary);
		return new ImportResult(List.of(FileText.of(target, "// Imported from " + bpmnFile.getFileName() + " by journey import --format bpmn; import it again to take in changes.\n"
				+ JourneyText.of(model, target))), summary);
	}

	private static Collection<EObject> users(EObject element, XtextResourceSet resourceSet) {
		return EcoreUtil.UsageCrossReferencer.find(element, resourceSet).stream().map(EStructuralFeature.Setting::getEObject).toList();
	}

	/** The XML parser's report of where the file went wrong, where it gave one. */
	private static SAXParseException place(Throwable e) {
		for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse) {
				return parse;
			}
		}
		return null;
	}

	private static String why(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return "not a BPMN 2.0 file: " + (root.getMessage() != null ? root.getMessage() : root.toString());
	}
}
