package journey.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import journey.dsl.model.Journey;
import journey.dsl.model.NamedElement;

/**
 * Names everything inside a journey directly under the journey (package.Journey.TourPage), not
 * under its stage and step, so that an analyst can move a touchpoint to another step without
 * breaking the insights, opportunities and solutions that refer to it.
 */
public class JourneyQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

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
