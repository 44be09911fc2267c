package journey.bpmn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.xml.sax.SAXParseException;

import journey.report.imports.ImportException;
import journey.report.imports.ImportResult;
import journey.report.imports.ImportSummary;
import journey.report.imports.InputText;
import journey.report.imports.ImportTarget;

/**
 * `journey import --format bpmn` and the Studio's BPMN import: reads a BPMN 2.0 file with Camunda's
 * model API and writes the catalogue it holds, as a new .journey file or as minimal changes to an
 * existing one (its comments, layout and the links journeys hold stay).
 */
public final class BpmnImport {

	/** Camunda's parser hands on the XML parser's report as text: "Fatal Error: URI=null Line=43: Element type ...". */
	private static final Pattern REPORTED_LINE = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);

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
			Matcher line = REPORTED_LINE.matcher(why(e));
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
		return ImportTarget.write(target, packageName,
				"Imported from " + bpmnFile.getFileName() + " by journey import --format bpmn; import it again to take in changes.",
				"the import changes the catalogue only where the BPMN file differs from it", summary,
				(model, workspace) -> CatalogueMerge.apply(model, catalogue,
						element -> workspace == null ? List.of() : users(element, workspace.resourceSet()), summary));
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
