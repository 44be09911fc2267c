package journey.dsl.query;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import journey.dsl.model.Activity;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Party;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Technology;
import journey.dsl.model.Touchpoint;

/**
 * What a party answers for: the processes, activities, systems, touchpoints, solutions and KPIs
 * it owns. An activity without an owner of its own counts for the owner of its process.
 */
public final class Ownership {

	private Ownership() {
	}

	/** The owner of an element that can have one, else null. */
	public static Party ownerOf(EObject element) {
		if (element instanceof Activity activity) {
			return JourneyQueries.ownerOf(activity);
		}
		if (element instanceof Process process) {
			return process.getOwner();
		}
		if (element instanceof Technology system) {
			return system.getOwner();
		}
		if (element instanceof Touchpoint touchpoint) {
			return touchpoint.getOwner();
		}
		if (element instanceof Solution solution) {
			return solution.getOwner();
		}
		return element instanceof Kpi kpi ? kpi.getOwner() : null;
	}

	/** Everything among the models' contents that the party owns, in document order. */
	public static List<NamedElement> ownedBy(Party party, Iterable<? extends EObject> models) {
		List<NamedElement> owned = new ArrayList<>();
		for (EObject model : models) {
			model.eAllContents().forEachRemaining(element -> {
				if (element instanceof NamedElement named && isSame(ownerOf(element), party)) {
					owned.add(named);
				}
			});
		}
		return owned;
	}

	private static boolean isSame(Party owner, Party party) {
		if (owner == null || owner.eIsProxy()) {
			return false;
		}
		if (owner == party) {
			return true;
		}
		// the same catalogue element may be loaded through two resources of one resource set
		return owner.eResource() != null && party.eResource() != null
				&& owner.eResource().getURI().equals(party.eResource().getURI())
				&& owner.eResource().getURIFragment(owner).equals(party.eResource().getURIFragment(party));
	}
}
