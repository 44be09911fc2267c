package journey.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.build.ResolvedResourceDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

import journey.dsl.model.Activity;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Touchpoint;

/**
 * Which activities the touchpoints of all files support, and which activities trigger which: what
 * {@link BlueprintValidator} needs to tell whether an activity serves the customer.
 *
 * <p>Each file's part is read once and kept: from its model when it is loaded (until the file is
 * parsed again), otherwise from its index entry's references. Within a build the parts are merged
 * once for all checks: the workspace's catalogues are checked in linear, not quadratic, time.
 */
final class ActivityUse {

	/** One file's part: the activities its touchpoints support, and for each triggered activity the activities that trigger it. */
	private record FilePart(Set<URI> supported, Map<URI, List<URI>> triggeredBy) {

		static FilePart read(Resource resource) {
			FilePart part = new FilePart(new HashSet<>(), new HashMap<>());
			for (var it = resource.getAllContents(); it.hasNext();) {
				var next = it.next();
				if (next instanceof Touchpoint touchpoint) {
					for (Activity activity : touchpoint.getSupportedBy()) {
						if (!activity.eIsProxy()) {
							part.supported().add(EcoreUtil.getURI(activity));
						}
					}
				} else if (next instanceof Activity activity) {
					URI source = EcoreUtil.getURI(activity);
					for (Activity target : activity.getTriggers()) {
						if (!target.eIsProxy()) {
							part.triggers(source, EcoreUtil.getURI(target));
						}
					}
				}
			}
			return part;
		}

		static FilePart read(IResourceDescription description) {
			FilePart part = new FilePart(new HashSet<>(), new HashMap<>());
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (reference.getEReference() == JourneyPackage.Literals.TOUCHPOINT__SUPPORTED_BY) {
					part.supported().add(reference.getTargetEObjectUri());
				} else if (reference.getEReference() == JourneyPackage.Literals.ACTIVITY__TRIGGERS) {
					part.triggers(reference.getSourceEObjectUri(), reference.getTargetEObjectUri());
				}
			}
			return part;
		}

		void triggers(URI source, URI target) {
			triggeredBy.computeIfAbsent(target, k -> new ArrayList<>(1)).add(source);
		}
	}

	/**
	 * The parts read from index entries, kept on the resource set by URI: each stays valid while the
	 * entry is the same object, since entries are replaced, not changed, when their file changes.
	 */
	private static final class IndexParts extends AdapterImpl {
		private final Map<URI, Map.Entry<IResourceDescription, FilePart>> parts = new HashMap<>();

		static IndexParts of(ResourceSet resourceSet) {
			return resourceSet == null ? new IndexParts() : adapter(resourceSet, IndexParts.class, IndexParts::new);
		}

		synchronized FilePart of(IResourceDescription description) {
			var known = parts.get(description.getURI());
			if (known == null || known.getKey() != description) {
				known = Map.entry(description, FilePart.read(description));
				parts.put(description.getURI(), known);
			}
			return known.getValue();
		}
	}

	/**
	 * The part read from a loaded model, kept on its resource while the model comes from the same
	 * parse (a new parse, whole or partial, gives a new parse result). Found by a look at the
	 * resource's few adapters: a check asks this of every file.
	 */
	private static final class ModelPart extends AdapterImpl {
		private Object parse;
		private FilePart part;

		static FilePart of(Resource resource) {
			Object parse = resource instanceof XtextResource xtext ? xtext.getParseResult() : null;
			if (parse == null) {
				return FilePart.read(resource);
			}
			ModelPart known = adapter(resource, ModelPart.class, ModelPart::new);
			synchronized (known) {
				if (known.parse != parse) {
					known.parse = parse;
					known.part = FilePart.read(resource);
				}
				return known.part;
			}
		}
	}

	/**
	 * The use merged over all files, kept on the resource set for one build. A build's resource set
	 * carries its index (the command line's and the standalone builder's data, the incremental
	 * builder's chunks); files do not change while it lasts, and the next build brings a new index.
	 */
	private static final class BuildUse extends AdapterImpl {
		private Object index;
		private ActivityUse use;

		static Object indexOf(ResourceSet resourceSet) {
			if (resourceSet == null) {
				return null;
			}
			Object data = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
			return data != null ? data : ChunkedResourceDescriptions.findInEmfObject(resourceSet);
		}

		static BuildUse of(ResourceSet resourceSet) {
			return adapter(resourceSet, BuildUse.class, BuildUse::new);
		}
	}

	/** The adapter of the given type on the target, added if there is none yet. */
	private static <T extends Adapter> T adapter(Notifier target, Class<T> type, Supplier<T> create) {
		synchronized (target) {
			for (Adapter adapter : target.eAdapters()) {
				if (type.isInstance(adapter)) {
					return type.cast(adapter);
				}
			}
			T created = create.get();
			target.eAdapters().add(created);
			return created;
		}
	}

	private final FilePart merged = new FilePart(new HashSet<>(), new HashMap<>());

	private ActivityUse(Collection<FilePart> parts) {
		for (FilePart part : parts) {
			merged.supported().addAll(part.supported());
			part.triggeredBy().forEach((target, sources) -> merged.triggeredBy().computeIfAbsent(target, k -> new ArrayList<>()).addAll(sources));
		}
	}

	/**
	 * The use of activities across the index. During an incremental build (the language server's
	 * and the Eclipse builder's) the files built together are indexed without their references:
	 * those files are read as models. Within a build the merged use is read once and shared by
	 * every file's check; elsewhere it is merged for each check.
	 */
	static ActivityUse of(IResourceDescriptions index, Resource self) {
		ResourceSet resourceSet = self.getResourceSet();
		Object buildIndex = BuildUse.indexOf(resourceSet);
		if (buildIndex == null) {
			return read(index, self);
		}
		BuildUse build = BuildUse.of(resourceSet);
		synchronized (build) {
			if (build.index != buildIndex) {
				build.use = read(index, self);
				build.index = buildIndex;
			}
			return build.use;
		}
	}

	private static ActivityUse read(IResourceDescriptions index, Resource self) {
		ResourceSet resourceSet = self.getResourceSet();
		IndexParts indexParts = IndexParts.of(resourceSet);
		List<FilePart> parts = new ArrayList<>();
		parts.add(ModelPart.of(self));
		// The resource set's own map: getResource would normalize each URI first.
		Map<URI, Resource> loadedByUri = resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() != null ? impl.getURIResourceMap() : Map.of();
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			if (description.getURI().equals(self.getURI())) {
				continue;
			}
			Resource loaded = loadedByUri.get(description.getURI());
			if (loaded == null && resourceSet != null && loadedByUri.isEmpty()) {
				loaded = resourceSet.getResource(description.getURI(), false);
			}
			if (loaded != null && loaded.isLoaded()) {
				parts.add(ModelPart.of(loaded));
			} else if (description instanceof ResolvedResourceDescription) {
				Resource other = resourceSet == null ? null : resourceSet.getResource(description.getURI(), true);
				if (other != null) {
					parts.add(ModelPart.of(other));
				}
			} else {
				parts.add(indexParts.of(description));
			}
		}
		return new ActivityUse(parts);
	}

	/** Whether a touchpoint in any file names this activity in its 'supported by'. */
	boolean isSupported(URI activity) {
		return merged.supported().contains(activity);
	}

	/** Whether this activity is supported, or triggered by one that is, through any number of 'triggers'. */
	boolean isReached(URI activity) {
		Set<URI> seen = new HashSet<>();
		Deque<URI> todo = new ArrayDeque<>(List.of(activity));
		while (!todo.isEmpty()) {
			URI next = todo.poll();
			if (!seen.add(next)) {
				continue;
			}
			if (isSupported(next)) {
				return true;
			}
			todo.addAll(merged.triggeredBy().getOrDefault(next, List.of()));
		}
		return false;
	}
}
