package journey.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.IScopeWrapper;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.query.JourneyQueries;

/**
 * Xtext's import-aware scoping, with the same answers for less work. It builds a reference's scope
 * from the file's imports and the index, then adds a layer for each container of the reference's
 * owner, and did all of that again for every reference: a fifth of linking went into scopes that
 * were rebuilt or could never find anything.
 * <ul>
 * <li>The file's scope (imports, package, index) is built once per file, reference and wrapper,
 * and kept in the file's cache, which Xtext clears when the file changes, as it does with the
 * index containers beneath.</li>
 * <li>The file's named elements are kept in two arrays ({@link FileNames}), not Xtext's multimap.</li>
 * <li>An element inside a journey opens no namespace of its own: everything in a journey is named
 * under the journey (see {@code JourneyQualifiedNameProvider}), so no name in the file starts with
 * a stage's or step's name and their layers are left out. The journey's own layer stays.</li>
 * <li>Only a file's root holds imports. Xtext looks for them in every element that opens a layer
 * and caches what it finds, an empty list, once per element for as long as the file is loaded.</li>
 * </ul>
 */
public class JourneyNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	/**
	 * What the linker wraps the index scope in: the file's record of the names it looks up. Xtext's
	 * linker sets it around each lookup and clears it after, on its own thread; files are linked on
	 * several threads at once, so each thread keeps its own (Xtext keeps one field for all, and a
	 * file's names went into another file's record, or into none).
	 */
	private final ThreadLocal<IScopeWrapper> wrapper = new ThreadLocal<>();

	@Override
	public void setWrapper(IScopeWrapper wrapper) {
		if (wrapper == null) {
			this.wrapper.remove();
		} else {
			this.wrapper.set(wrapper);
		}
	}

	@Override
	protected IScope wrap(IScope scope) {
		IScopeWrapper current = wrapper.get();
		return current == null ? scope : current.wrap(scope);
	}

	/**
	 * Kept per wrapper as well: a scope that content assist or a check asked for first, unwrapped,
	 * must not serve the linker, or the file's imported names go unrecorded and a change to the
	 * files it uses would not reach it.
	 */
	@Override
	protected IScope getResourceScope(Resource resource, EReference reference) {
		return cache.get(Tuples.create(JourneyNamespaceScopeProvider.class, reference, wrapper.get()), resource,
				() -> super.getResourceScope(resource, reference));
	}

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		return new FileNames(Scopes.scopedElementsFor(() -> EcoreUtil.getAllContents(resource, false), getQualifiedNameProvider()));
	}

	@Override
	protected IScope getLocalElementsScope(IScope parent, EObject context, EReference reference) {
		if (!(context instanceof Journey) && JourneyQueries.journeyOf(context) != null) {
			return parent;
		}
		return super.getLocalElementsScope(parent, context, reference);
	}

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		return context instanceof JourneyModel ? super.getImportedNamespaceResolvers(context, ignoreCase) : List.of();
	}
}
