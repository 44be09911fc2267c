package journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import journey.dsl.ide.serializer.ModelEdits;
import journey.dsl.model.Import;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Process;
import journey.dsl.model.JourneyModel;

/**
 * Declares an element that a reference names but nobody declared, in the right file: a catalogue
 * element next to the others of its kind in the catalogue the file imports (else in this file), an
 * activity in its process, a journey element in the body of the step, stage or journey where it is used.
 * The element is added to the model and written by {@link ModelEdits}, in whichever file it goes.
 */
class MissingElementFiles {

	@Inject
	private ResourceDescriptionsProvider index;

	@Inject
	private UriExtensions uris;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private ModelEdits modelEdits;

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
				resolutions.add(resolution(context, "Create " + declaration + " in process " + ((Process) process).getName() + " ("
						+ process.eResource().getURI().lastSegment() + ")", process, type, name));
			}
		} else if (NewElements.isCatalogue(type)) {
			EObject sibling = catalogueSibling(referrer, NewElements.catalogueType(type));
			if (sibling != null) {
				resolutions.add(resolution(context, "Create " + declaration + " in " + sibling.eResource().getURI().lastSegment(),
						sibling.eContainer(), type, name));
			}
			resolutions.add(resolution(context, "Create " + declaration + " in this file", referrer.eResource().getContents().get(0), type, name));
		} else {
			EObject container = NewElements.containerFor(type, referrer);
			if (container != null) {
				resolutions.add(resolution(context, "Create " + declaration.lines().findFirst().orElse(declaration), container, type, name));
			}
		}
		return resolutions;
	}

	/** A fix that, when applied, creates the element in the container, in a fresh copy of the container's file. */
	private DiagnosticResolution resolution(FixContext context, String label, EObject container, EClass type, String name) {
		return new ModelEditResolution(label, context.options(), EcoreUtil.getURI(container), modelEdits, uris,
				target -> NewElements.addTo(target, NewElements.create(type, name)));
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
}
