package journey.dsl.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 * Who answers for what: the one rule that the hover, the ownership matrix, the renderer, the
 * exports, the validation and the diagrams share. An activity without an owner of its own counts
 * for the owner of its process; a touchpoint without an owner of its own counts for the owners of
 * the activities that support it. Processes, systems, solutions and KPIs have their own owner.
 */
public final class Ownership {

	private Ownership() {
	}

	/** Who owns an activity: its own owner, else the owner of its process; null for nobody. */
	public static Party ownerOf(Activity activity) {
		if (activity.getOwner() != null) {
			return activity.getOwner();
		}
		return activity.eContainer() instanceof Process process ? process.getOwner() : null;
	}

	/**
	 * Who answers for a touchpoint: its own owner, else the owners of the activities that support
	 * it. Empty means nobody inside is behind it.
	 */
	public static Set<Party> ownersOf(Touchpoint touchpoint) {
		Set<Party> owners = new LinkedHashSet<>();
		if (touchpoint.getOwner() != null) {
			owners.add(touchpoint.getOwner());
			return owners;
		}
		for (Activity activity : touchpoint.getSupportedBy()) {
			Party owner = ownerOf(activity);
			if (owner != null) {
				owners.add(owner);
			}
		}
		return owners;
	}

	/** Who answers for any element that can have an owner, by the rules above; empty for nobody. */
	public static Set<Party> ownersOf(EObject element) {
		Party single;
		if (element instanceof Touchpoint touchpoint) {
			return ownersOf(touchpoint);
		} else if (element instanceof Activity activity) {
			single = ownerOf(activity);
		} else if (element instanceof Process process) {
			single = process.getOwner();
		} else if (element instanceof Technology system) {
			single = system.getOwner();
		} else if (element instanceof Solution solution) {
			single = solution.getOwner();
		} else {
			single = element instanceof Kpi kpi ? kpi.getOwner() : null;
		}
		return single == null ? Set.of() : Set.of(single);
	}

	/** Everything among the models' contents that the party answers for, in the order of the models' contents. */
	public static List<NamedElement> ownedBy(Party party, Iterable<? extends EObject> models) {
		List<NamedElement> owned = new ArrayList<>();
		for (EObject model : models) {
			model.eAllContents().forEachRemaining(element -> {
				if (element instanceof NamedElement named && ownersOf(element).stream().anyMatch(owner -> isSame(owner, party))) {
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
