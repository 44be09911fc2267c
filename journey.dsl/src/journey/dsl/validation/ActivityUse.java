package journey.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

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

import journey.dsl.build.DetachedResourceDescription;
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

	/*
	 * What was read is kept in weak maps keyed by what it stays valid for: a file's part by its parse
	 * (a new parse, whole or partial, gives a new parse result) or by its index entry (entries are
	 * replaced, not changed, when their file changes), the merged use by the build's index (the
	 * command line's and the standalone builder's data, the incremental builder's chunks; files do
	 * not change while a build lasts, and the next build brings a new index). The values hold URIs
	 * only, never their key, so a key that is gone takes its entry with it. Nothing is added to the
	 * models or the resource set: the checks of different files may run on different threads, as
	 * journey validate runs them, while Xtext reads the same adapter lists.
	 */
	private static final Map<Object, FilePart> PARTS_BY_PARSE = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Map<IResourceDescription, FilePart> PARTS_BY_ENTRY = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Map<Object, ActivityUse> USE_BY_BUILD = Collections.synchronizedMap(new WeakHashMap<>());

	private static FilePart partOf(Resource resource) {
		Object parse = resource instanceof XtextResource xtext ? xtext.getParseResult() : null;
		return parse == null ? FilePart.read(resource) : PARTS_BY_PARSE.computeIfAbsent(parse, key -> FilePart.read(resource));
	}

	private static FilePart partOf(IResourceDescription entry) {
		return PARTS_BY_ENTRY.computeIfAbsent(entry, FilePart::read);
	}

	private static Object buildIndexOf(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return null;
		}
		Object data = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		return data != null ? data : ChunkedResourceDescriptions.findInEmfObject(resourceSet);
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
		Object buildIndex = buildIndexOf(self.getResourceSet());
		return buildIndex == null ? read(index, self) : USE_BY_BUILD.computeIfAbsent(buildIndex, key -> read(index, self));
	}

	private static ActivityUse read(IResourceDescriptions index, Resource self) {
		ResourceSet resourceSet = self.getResourceSet();
		List<FilePart> parts = new ArrayList<>();
		parts.add(partOf(self));
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
				parts.add(partOf(loaded));
			} else if (description instanceof ResolvedResourceDescription || description instanceof DetachedResourceDescription detached && !detached.isLinked()) {
				Resource other = resourceSet == null ? null : resourceSet.getResource(description.getURI(), true);
				if (other != null) {
					parts.add(partOf(other));
				}
			} else {
				parts.add(partOf(description));
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
