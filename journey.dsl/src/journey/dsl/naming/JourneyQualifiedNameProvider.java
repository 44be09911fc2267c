package journey.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;

/**
 * Names everything inside a journey directly under the journey (package.Journey.TourPage), not
 * under its stage and step, so that an analyst can move a touchpoint to another step without
 * breaking the insights, opportunities and solutions that refer to it.
 */
public class JourneyQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/**
	 * A file's package has no name while it is unreadable (a syntax error can leave it empty or
	 * ending in a dot): an empty name would become an import of nothing, which Xtext's scoping refuses
	 * with an exception. (Returning null from a dispatch method would fall back to the name attribute.)
	 */
	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof JourneyModel model && !isReadablePackage(model.getName())) {
			return null;
		}
		return super.getFullyQualifiedName(object);
	}

	private static boolean isReadablePackage(String name) {
		return name != null && !name.isBlank() && !name.startsWith(".") && !name.endsWith(".") && !name.contains("..");
	}

	/** Called through the declarative dispatcher, so the result is cached per resource like any other name. */
	protected QualifiedName qualifiedName(NamedElement element) {
		if (element instanceof Journey || element.getName() == null || element.getName().isEmpty()) {
			return null;
		}
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Journey journey) {
				QualifiedName journeyName = getFullyQualifiedName(journey);
				return journeyName == null ? null : journeyName.append(element.getName());
			}
		}
		return null;
	}
}
