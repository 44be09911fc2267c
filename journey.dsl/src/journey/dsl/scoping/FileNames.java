package journey.dsl.scoping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * {@code MultimapBasedSelectable}, from two arrays instead of a multimap. A file keeps its
 * selectable as long as it is unchanged, and the multimap cost about 150 bytes per element, a
 * twentieth of a loaded workspace.
 */
public final class FileNames implements ISelectable {

	private static final Comparator<IEObjectDescription> BY_NAME_IGNORING_CASE = Comparator.comparing(d -> d.getName().toLowerCase());

	/** In the file's order: what a scope offers. */
	private final IEObjectDescription[] inFileOrder;
	/** By lower-case name, and in the file's order among equal names (the sort is stable). */
	private final IEObjectDescription[] byName;

	public FileNames(Iterable<IEObjectDescription> descriptions) {
		List<IEObjectDescription> all = new ArrayList<>();
		descriptions.forEach(all::add);
		inFileOrder = all.toArray(IEObjectDescription[]::new);
		byName = inFileOrder.clone();
		Arrays.sort(byName, BY_NAME_IGNORING_CASE);
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
		int low = 0;
		int high = byName.length;
		while (low < high) { // the first element whose name is not below the one asked for
			int middle = (low + high) >>> 1;
			if (byName[middle].getName().toLowerCase().compareTo(lowerCase) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		List<IEObjectDescription> found = new ArrayList<>(1);
		for (int i = low; i < byName.length && byName[i].getName().toLowerCase().equals(lowerCase); i++) {
			IEObjectDescription candidate = byName[i];
			if ((ignoreCase || name.equals(candidate.getName())) && EcoreUtil2.isAssignableFrom(type, candidate.getEClass())) {
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
