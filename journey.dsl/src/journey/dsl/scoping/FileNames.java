package journey.dsl.scoping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;

/**
 * Every named element of a file, for its scopes: the same answers, in the same order, as Xtext's
 * {@code MultimapBasedSelectable}, from an array and a table of ints instead of a multimap. A file
 * keeps its selectable as long as it is unchanged, and the multimap cost about 150 bytes per
 * element, a twentieth of a loaded workspace. The table finds a name in one step: the language
 * server makes a file's selectable again on every edit and looks up each of its references in it.
 */
public final class FileNames implements ISelectable {

	/** In the file's order: what a scope offers. */
	private final IEObjectDescription[] inFileOrder;
	/**
	 * Open addressing by lower-case name, probed linearly: a slot holds one more than the index of
	 * an element in {@link #inFileOrder}, or 0. It is at most half full, and an element is never
	 * removed, so the elements of one name lie along its probe sequence in the file's order.
	 */
	private final int[] slots;

	public FileNames(Iterable<IEObjectDescription> descriptions) {
		List<IEObjectDescription> all = new ArrayList<>();
		descriptions.forEach(all::add);
		inFileOrder = all.toArray(IEObjectDescription[]::new);
		slots = new int[Integer.highestOneBit(Math.max(2, inFileOrder.length) * 2 - 1) << 1];
		int mask = slots.length - 1;
		for (int i = 0; i < inFileOrder.length; i++) {
			int slot = firstSlot(inFileOrder[i].getName().toLowerCase(), mask);
			while (slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slots[slot] = i + 1;
		}
	}

	private static int firstSlot(QualifiedName lowerCase, int mask) {
		int hash = lowerCase.hashCode();
		return (hash ^ (hash >>> 16)) & mask;
	}

	@Override
	public boolean isEmpty() {
		return inFileOrder.length == 0;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects() {
		return Arrays.asList(inFileOrder);
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
		QualifiedName lowerCase = name.toLowerCase();
		int mask = slots.length - 1;
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (int slot = firstSlot(lowerCase, mask); slots[slot] != 0; slot = (slot + 1) & mask) {
			IEObjectDescription candidate = inFileOrder[slots[slot] - 1];
			QualifiedName candidateName = candidate.getName();
			// QualifiedName compares its hash first, so that most other names on the probe cost one int
			if (candidateName.toLowerCase().equals(lowerCase) && (ignoreCase || name.equals(candidateName))
					&& EcoreUtil2.isAssignableFrom(type, candidate.getEClass())) {
				found.add(candidate);
			}
		}
		return found;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
		List<IEObjectDescription> found = new ArrayList<>();
		for (IEObjectDescription candidate : inFileOrder) {
			if (EcoreUtil2.isAssignableFrom(type, candidate.getEClass())) {
				found.add(candidate);
			}
		}
		return found;
	}

	@Override
	public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
		URI uri = EcoreUtil2.getPlatformResourceOrNormalizedURI(object);
		List<IEObjectDescription> found = new ArrayList<>();
		for (IEObjectDescription candidate : inFileOrder) {
			if (candidate.getEObjectOrProxy() == object || uri.equals(candidate.getEObjectURI())) {
				found.add(candidate);
			}
		}
		return found;
	}
}
