package journey.dsl.build;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;

/**
 * What a file declares, imports and refers to, copied out of its loaded resource so that the index
 * can keep it after the resource is gone: the role of Xtext's {@code SerializableResourceDescription}
 * and {@code ResolvedResourceDescription}, in less memory. An index holds one of these per file of
 * a workspace, and the builders hold two per file while they build.
 * <ul>
 * <li>An exported object is its name, class and fragment; its URI and its proxy are made when asked
 * for. Xtext's copies keep a URI, an empty map of user data and a proxy object each, about 200
 * bytes more per exported element.</li>
 * <li>A reference keeps the fragments of its source and container within this file, not a URI
 * each.</li>
 * </ul>
 * A copy of the exports only ({@link #exportsOf}) is what a builder puts in the index before the
 * files are linked: it has no imported names and no references, as Xtext's resolved copy, and
 * says so ({@link #isLinked}): whoever needs a file's references reads the file instead.
 */
public final class DetachedResourceDescription extends AbstractResourceDescription {

	private final URI uri;
	private final List<IEObjectDescription> exported;
	private final List<QualifiedName> importedNames;
	private final List<IReferenceDescription> references;
	private final boolean linked;

	private DetachedResourceDescription(IResourceDescription live, boolean withReferences) {
		uri = live.getURI();
		linked = withReferences;
		List<IEObjectDescription> objects = new ArrayList<>();
		for (IEObjectDescription object : live.getExportedObjects()) {
			objects.add(new ExportedObject(this, object));
		}
		exported = List.copyOf(objects);
		if (withReferences) {
			List<QualifiedName> names = new ArrayList<>();
			live.getImportedNames().forEach(names::add);
			importedNames = List.copyOf(names);
			List<IReferenceDescription> found = new ArrayList<>();
			for (IReferenceDescription reference : live.getReferenceDescriptions()) {
				found.add(new Reference(this, reference));
			}
			references = List.copyOf(found);
		} else {
			importedNames = List.of();
			references = List.of();
		}
	}

	/** Everything the index needs of a linked file: exports, imported names and references. */
	public static DetachedResourceDescription of(IResourceDescription live) {
		return new DetachedResourceDescription(live, true);
	}

	/** The exports alone, for a file that is not linked yet. */
	public static DetachedResourceDescription exportsOf(IResourceDescription live) {
		return new DetachedResourceDescription(live, false);
	}

	/** Whether the file's imported names and references were copied; not for {@link #exportsOf}. */
	public boolean isLinked() {
		return linked;
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return importedNames;
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return references;
	}

	@Override
	public URI getURI() {
		return uri;
	}

	/** A fragment when the URI points into this file, the URI itself otherwise. */
	private Object local(URI object) {
		if (object == null) {
			return null;
		}
		return object.hasFragment() && object.trimFragment().equals(uri) ? object.fragment() : object;
	}

	private URI global(Object local) {
		return local == null ? null : local instanceof String fragment ? uri.appendFragment(fragment) : (URI) local;
	}

	/** An element the file exports, without the element. */
	private static final class ExportedObject implements IEObjectDescription {
		private static final String[] NO_KEYS = {};

		private final DetachedResourceDescription file;
		private final QualifiedName name;
		private final EClass eClass;
		private final Object object;
		/** Keys and values in turn; null when there are none, as for every journey element. */
		private final String[] userData;

		ExportedObject(DetachedResourceDescription file, IEObjectDescription live) {
			this.file = file;
			this.name = live.getName();
			this.eClass = live.getEClass();
			this.object = file.local(live.getEObjectURI());
			String[] keys = live.getUserDataKeys();
			if (keys == null || keys.length == 0) {
				userData = null;
			} else {
				userData = new String[keys.length * 2];
				for (int i = 0; i < keys.length; i++) {
					userData[2 * i] = keys[i];
					userData[2 * i + 1] = live.getUserData(keys[i]);
				}
			}
		}

		@Override
		public QualifiedName getName() {
			return name;
		}

		@Override
		public QualifiedName getQualifiedName() {
			return name;
		}

		/** A new proxy each time: kept, they would hold an object per exported element. */
		@Override
		public EObject getEObjectOrProxy() {
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(eClass);
			proxy.eSetProxyURI(getEObjectURI());
			return proxy;
		}

		@Override
		public URI getEObjectURI() {
			return file.global(object);
		}

		@Override
		public EClass getEClass() {
			return eClass;
		}

		@Override
		public String getUserData(String key) {
			if (userData != null) {
				for (int i = 0; i < userData.length; i += 2) {
					if (userData[i].equals(key)) {
						return userData[i + 1];
					}
				}
			}
			return null;
		}

		@Override
		public String[] getUserDataKeys() {
			if (userData == null) {
				return NO_KEYS;
			}
			String[] keys = new String[userData.length / 2];
			for (int i = 0; i < keys.length; i++) {
				keys[i] = userData[2 * i];
			}
			return keys;
		}

		@Override
		public String toString() {
			return name + " (" + eClass.getName() + ") at " + getEObjectURI();
		}
	}

	/** A reference the file makes, without the elements at either end. */
	private static final class Reference implements IReferenceDescription {
		private final DetachedResourceDescription file;
		private final Object source;
		private final Object container;
		private final URI target;
		private final EReference reference;
		private final int index;

		Reference(DetachedResourceDescription file, IReferenceDescription live) {
			this.file = file;
			this.source = file.local(live.getSourceEObjectUri());
			this.container = file.local(live.getContainerEObjectURI());
			this.target = live.getTargetEObjectUri();
			this.reference = live.getEReference();
			this.index = live.getIndexInList();
		}

		@Override
		public URI getSourceEObjectUri() {
			return file.global(source);
		}

		@Override
		public URI getTargetEObjectUri() {
			return target;
		}

		@Override
		public int getIndexInList() {
			return index;
		}

		@Override
		public EReference getEReference() {
			return reference;
		}

		@Override
		public URI getContainerEObjectURI() {
			return file.global(container);
		}

		@Override
		public String toString() {
			return getSourceEObjectUri() + " --[" + reference.getName() + "]--> " + target;
		}
	}
}
