package journey.dsl.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;

import journey.dsl.model.JourneyModel;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.NamedElement;

/**
 * The journeys and catalogue elements of a file that another file of the same package declares
 * too, looked up by name in the index. Such twins leave references, exports and diagrams to pick
 * one of them, so the validator reports them and the commands refuse to export or draw them.
 */
public final class DeclaredElsewhere {

	private DeclaredElsewhere() {
	}

	/** Each top-level element of the model that is declared again elsewhere, with the other file. */
	public static Map<NamedElement, URI> in(JourneyModel model, IResourceDescriptions index, IQualifiedNameProvider names) {
		Map<NamedElement, URI> twins = new LinkedHashMap<>();
		if (model.eResource() == null) {
			return twins;
		}
		URI self = model.eResource().getURI();
		for (EObject child : model.eContents()) {
			if (!(child instanceof NamedElement element) || element.getName() == null) {
				continue;
			}
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name == null) {
				continue;
			}
			for (IEObjectDescription other : index.getExportedObjects(JourneyPackage.Literals.NAMED_ELEMENT, name, false)) {
				URI file = other.getEObjectURI().trimFragment();
				if (!file.equals(self)) {
					twins.put(element, file);
					break;
				}
			}
		}
		return twins;
	}
}
