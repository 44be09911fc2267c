package journey.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

import com.google.inject.Singleton;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.NamedElement;
import journey.dsl.query.JourneyQueries;

/**
 * Names everything inside a journey directly under the journey (package.Journey.TourPage), not
 * under its stage and step, so that an analyst can move a touchpoint to another step without
 * breaking the insights, opportunities and solutions that refer to it.
 * <p>
 * One instance serves every file: names are cached per file by Xtext's resource cache, and nothing
 * here holds state. Xtext's provider finds the rule by reflection and reads the name attribute
 * through a resolver that keeps its own weak map entry, and an adapter, on every named element;
 * with an instance per file (two, in fact) those came to 3 % of a loaded workspace.
 */
@Singleton
public class JourneyQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/**
	 * A file's package has no name while it is unreadable (a syntax error can leave it empty or
	 * ending in a dot): an empty name would become an import of nothing, which Xtext's scoping refuses
	 * with an exception.
	 */
	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (object instanceof JourneyModel model && !isReadablePackage(model.getName())) {
			return null;
		}
		if (!(object instanceof NamedElement) && !(object instanceof JourneyModel)) {
			// nameless (a flow, a duration, an import): Xtext would cache its null once per element
			return null;
		}
		return super.getFullyQualifiedName(object);
	}

	private static boolean isReadablePackage(String name) {
		return name != null && !name.isBlank() && !name.startsWith(".") && !name.endsWith(".") && !name.contains("..");
	}

	/** Computed once per element and file; {@link #getFullyQualifiedName} caches it. */
	@Override
	protected QualifiedName computeFullyQualifiedName(EObject object) {
		if (object instanceof NamedElement element) {
			QualifiedName inJourney = nameInJourney(element);
			if (inJourney != null) {
				return inJourney;
			}
		}
		return computeFullyQualifiedNameFromNameAttribute(object);
	}

	/** An element's name after the names of its containers, as Xtext's provider does, read without reflection. */
	@Override
	protected QualifiedName computeFullyQualifiedNameFromNameAttribute(EObject object) {
		String name = object instanceof NamedElement element ? element.getName() : object instanceof JourneyModel model ? model.getName() : null;
		if (name == null || name.isEmpty()) {
			return null;
		}
		QualifiedName own = getConverter().toQualifiedName(name);
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			QualifiedName containers = getFullyQualifiedName(container);
			if (containers != null) {
				return containers.append(own);
			}
		}
		return own;
	}

	/** The journey's name and the element's, for an element inside a journey; null otherwise. */
	private QualifiedName nameInJourney(NamedElement element) {
		Journey journey = element instanceof Journey || element.getName() == null || element.getName().isEmpty() ? null : JourneyQueries.journeyOf(element);
		QualifiedName journeyName = journey == null ? null : getFullyQualifiedName(journey);
		return journeyName == null ? null : journeyName.append(element.getName());
	}
}
