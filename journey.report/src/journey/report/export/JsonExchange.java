package journey.report.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.FileURIHandlerImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;


import journey.report.TextUpdate;
import journey.report.imports.JourneyText;
import journey.report.Workspace;

/**
 * Turns a .journey file into JSON through emfjson-jackson and back into .journey text through the
 * Xtext serializer, or into changes of an existing .journey file. References to other files are written relative to the .journey file, so an
 * import written next to the files the original sat beside resolves them again.
 */
public final class JsonExchange {

	private JsonExchange() {
	}

	static ObjectMapper mapper() {
		ObjectMapper mapper = EMFModule.setupDefaultMapper();
		mapper.setTimeZone(TimeZone.getTimeZone("UTC"));
		return mapper.enable(SerializationFeature.INDENT_OUTPUT);
	}

	/** The whole file as JSON: its model, with references into other files relative to it. */
	public static String export(Resource resource) throws IOException {
		return mapper().writeValueAsString(resource) + "\n";
	}

	/** Why an import failed, said so that the analyst can act on it. */
	public static final class ImportException extends Exception {
		private static final long serialVersionUID = 1L;

		ImportException(String message) {
			super(message);
		}
	}

	/**
	 * Reads JSON written by {@link #export} and returns it as .journey text, resolving references
	 * to other .journey files relative to {@code target}, where the text is going to be written.
	 */
	public static String toJourneyText(String json, Path target) throws ImportException {
		XtextResourceSet resourceSet = Workspace.injector().getInstance(XtextResourceSet.class);
		URI targetUri = URI.createFileURI(target.toAbsolutePath().normalize().toString());
		JsonResource jsonResource = readJson(json, resourceSet, targetUri);
		XtextResource text = (XtextResource) resourceSet.createResource(targetUri);
		text.getContents().addAll(jsonResource.getContents());
		try {
			return JourneyText.write(text);
		} catch (journey.report.imports.ImportException e) {
			throw new ImportException(e.getMessage());
		}
	}

	/**
	 * Reads JSON written by {@link #export} and returns the text of the existing .journey file
	 * {@code target} changed to say what the JSON says, as a diagram save changes it: only where the
	 * models differ, with comments, blank lines and untouched lines kept. The file's neighbours are
	 * loaded with it, so that its references to them resolve.
	 */
	public static String updatedJourneyText(String json, Path target) throws ImportException {
		try {
			return TextUpdate.changed(target, "the update changes the file only where the JSON differs from it", (text, workspace) -> {
				try {
					JsonResource jsonResource = readJson(json, workspace.resourceSet(), text.getURI());
					ModelUpdate.apply(text.getContents().get(0), jsonResource.getContents().get(0));
				} catch (ImportException e) {
					throw new TextUpdate.UpdateException(e.getMessage());
				}
			});
		} catch (TextUpdate.UpdateException e) {
			throw new ImportException(e.getMessage());
		}
	}

	/** Loads the JSON into the resource set, next to where the .journey text goes, and resolves every reference in it. */
	private static JsonResource readJson(String json, XtextResourceSet resourceSet, URI targetUri) throws ImportException {
		JsonModelCheck.check(json, Path.of(targetUri.toFileString()).getParent());
		// emfjson resolves a $ref through the resource set: let it open local files only, never a URL
		resourceSet.getURIConverter().getURIHandlers().removeIf(handler -> !(handler instanceof FileURIHandlerImpl));
		JsonResource jsonResource = new JsonResource(targetUri.trimFileExtension().appendFileExtension("json"), mapper());
		resourceSet.getResources().add(jsonResource);
		try {
			jsonResource.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException | RuntimeException e) {
			throw new ImportException("cannot read the JSON: " + rootMessage(e));
		}
		if (jsonResource.getContents().isEmpty() || !(jsonResource.getContents().get(0) instanceof journey.dsl.model.JourneyModel)) {
			throw new ImportException("the JSON holds no journey model (export one with: journey export --format json)");
		}
		EcoreUtil.resolveAll(resourceSet);
		Map<EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> unresolved =
				EcoreUtil.UnresolvedProxyCrossReferencer.find(jsonResource);
		if (!unresolved.isEmpty()) {
			EObject proxy = unresolved.keySet().iterator().next();
			URI uri = ((org.eclipse.emf.ecore.InternalEObject) proxy).eProxyURI();
			throw new ImportException("cannot find " + uri.trimFragment().toFileString() + ", which the JSON refers to ("
					+ unresolved.size() + " reference(s)); write the import next to the .journey files the original sat beside");
		}
		return jsonResource;
	}

	/** The type URI emfjson-jackson writes for the root of a .journey file. */
	static final String JOURNEY_MODEL_TYPE = journey.dsl.model.JourneyPackage.eNS_URI + "#//JourneyModel";

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.toString() : root.getMessage();
	}
}
