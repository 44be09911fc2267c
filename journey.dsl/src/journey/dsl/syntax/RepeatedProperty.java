package journey.dsl.syntax;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The mark of an element in whose text a property that holds one value may be written twice: the
 * parser ({@link JourneyElementFactory}) and the linker set it where they assign such a property
 * again, so that the check of repeated properties walks the text of those elements only, not the
 * nodes of every element of every file. A mark may stay after the repetition is gone (the element
 * is then walked for nothing); an element without one repeats nothing.
 */
public final class RepeatedProperty implements Adapter {

	private static final RepeatedProperty MARK = new RepeatedProperty();

	private RepeatedProperty() {
	}

	/** Marks the element; the parser and the linker call it on the file they are building, on one thread. */
	public static void mark(EObject element) {
		if (!isMarked(element)) {
			element.eAdapters().add(MARK);
		}
	}

	public static boolean isMarked(EObject element) {
		return EcoreUtil.getExistingAdapter(element, RepeatedProperty.class) != null;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == RepeatedProperty.class;
	}

	/** One mark serves every element: it has no state, and so no target. */
	@Override
	public Notifier getTarget() {
		return null;
	}

	@Override
	public void setTarget(Notifier newTarget) {
	}

	@Override
	public void notifyChanged(Notification notification) {
	}
}
