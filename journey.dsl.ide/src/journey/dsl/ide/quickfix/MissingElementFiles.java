package journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import journey.dsl.model.Import;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Process;
import journey.dsl.model.JourneyModel;

/**
 * Declares an element that a reference names but nobody declared, in the right file: a catalogue
 * element next to the others of its kind in the catalogue the file imports (else in this file), an
 * activity in its process, a journey element in the body of the step, stage or journey where it is used.
 */
class MissingElementFiles {

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private UriExtensions uris;

	@Inject
	private IScopeProvider scopes;

	List<DiagnosticResolution> resolutions(FixContext context, EClass type, String writtenName) {
		String name = writtenName.substring(writtenName.lastIndexOf('.') + 1);
		String declaration = NewElements.declaration(type, name);
		EObject referrer = context.element();
		if (declaration == null || referrer == null) {
			return List.of();
		}
		List<DiagnosticResolution> resolutions = new ArrayList<>();
		if (type == JourneyPackage.Literals.ACTIVITY) {
			// written Process.Activity: the activity goes into the body of that process, wherever it is declared
			EObject process = visibleProcess(referrer, writtenName.substring(0, Math.max(0, writtenName.lastIndexOf('.'))));
			if (process != null) {
				Insertions.Insertion insertion = Insertions.intoBody(process, declaration);
				resolutions.add(edit("Create " + declaration + " in process " + ((Process) process).getName() + " ("
						+ process.eResource().getURI().lastSegment() + ")", process.eResource(), insertion.offset(), insertion.text()));
			}
		} else if (NewElements.isCatalogue(type)) {
			EObject sibling = catalogueSibling(referrer, NewElements.catalogueType(type));
			if (sibling != null) {
				Resource file = sibling.eResource();
				resolutions.add(edit("Create " + declaration + " in " + file.getURI().lastSegment(), file,
						NodeModelUtils.getNode(sibling).getEndOffset(), "\n" + declaration));
			}
			Resource here = referrer.eResource();
			resolutions.add(edit("Create " + declaration + " in this file", here, textOf(here).length(),
					(textOf(here).endsWith("\n") ? "" : "\n") + declaration + "\n"));
		} else {
			EObject container = NewElements.containerFor(type, referrer);
			if (container != null) {
				Insertions.Insertion insertion = Insertions.intoBody(container, declaration);
				resolutions.add(edit("Create " + declaration.lines().findFirst().orElse(declaration), container.eResource(),
						insertion.offset(), insertion.text()));
			}
		}
		return resolutions;
	}

	/** The process the reference names before the activity's name, through the processes it can see. */
	private EObject visibleProcess(EObject referrer, String processName) {
		if (processName.isEmpty()) {
			return null;
		}
		IEObjectDescription process = scopes.getScope(referrer, JourneyPackage.Literals.SOLUTION__PROCESSES)
				.getSingleElement(QualifiedName.create(processName.split("\\.")));
		return process == null ? null : EcoreUtil.resolve(process.getEObjectOrProxy(), referrer);
	}

	/**
	 * The last element of the type in the file whose package this file imports (or shares), found
	 * through the index; null when no such file declares one yet.
	 */
	private EObject catalogueSibling(EObject referrer, EClass type) {
		JourneyModel model = (JourneyModel) referrer.eResource().getContents().get(0);
		List<String> visiblePackages = new ArrayList<>();
		if (model.getName() != null) {
			visiblePackages.add(model.getName());
		}
		for (Import anImport : model.getImports()) {
			if (anImport.getImportedNamespace() != null) {
				visiblePackages.add(anImport.getImportedNamespace().replace(".*", ""));
			}
		}
		IResourceDescriptions descriptions = index.getResourceDescriptions(referrer.eResource().getResourceSet());
		IEObjectDescription last = null;
		for (IEObjectDescription candidate : descriptions.getExportedObjectsByType(type)) {
			String qualifier = candidate.getQualifiedName().skipLast(1).toString();
			if (candidate.getEClass() == type && visiblePackages.contains(qualifier)) {
				last = candidate;
			}
		}
		return last == null ? null : referrer.eResource().getResourceSet().getEObject(last.getEObjectURI(), true);
	}

	private DiagnosticResolution edit(String label, Resource file, int offset, String text) {
		Document document = new Document(1, textOf(file));
		Range range = new Range(document.getPosition(offset), document.getPosition(offset));
		URI uri = file.getURI();
		return new WorkspaceEditResolution(label, uris.toUriString(uri), new TextEdit(range, text));
	}

	private static String textOf(Resource file) {
		return ((XtextResource) file).getParseResult().getRootNode().getText();
	}
}
