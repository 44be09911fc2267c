package journey.dsl.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;

import com.google.inject.Inject;

/**
 * A .journey file whose syntax errors are not buried under what follows from them. After a syntax
 * error the parser drops or misreads the rest of the element it is in (a journey, a process), so
 * the element reports its first syntax error only: no second error from the parser's recovery, no
 * unresolved reference to a step the error cut off, and no warning on a stage whose steps it cut
 * off ({@link JourneyResourceValidator}). Other elements of the file report as usual.
 */
public class JourneyResource extends LazyLinkingResource {

	/** The text of a top-level element, or of a token between elements. */
	private record Region(int start, int end, boolean element) {
		boolean contains(int offset) {
			return offset >= start && offset < end;
		}
	}

	@Inject
	private OperationCanceledManager cancellation;

	/**
	 * The references that the last linking left a proxy in and that may still hold one, each as its
	 * object and reference, in the order linked; null when the file was not linked by
	 * {@link journey.dsl.linking.JourneyLinker}, which records them. Two lists rather than a list of
	 * pairs: a loaded workspace holds an entry per reference until each file has resolved them, and a
	 * pair would be an object each.
	 */
	private List<EObject> proxyHolders;
	private List<EReference> proxyReferences;

	private IParseResult brokenRegionsOf;
	private List<Region> brokenRegions = List.of();

	/**
	 * A syntax error after the first one of its element is left out, and so is one on a stray token
	 * between elements after an earlier error: the closing brace that the parser's recovery left over.
	 */
	@Override
	protected void addSyntaxDiagnostic(List<Diagnostic> diagnostics, INode error) {
		Region region = topLevelRegion(error.getOffset());
		for (Diagnostic earlier : diagnostics) {
			if (earlier instanceof AbstractDiagnostic known && (region.contains(known.getOffset()) || !region.element())) {
				return;
			}
		}
		super.addSyntaxDiagnostic(diagnostics, error);
	}

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (triple.getThird() != null && isCutOffBySyntaxError(triple.getThird().getOffset())) {
			return;
		}
		super.createAndAddDiagnostic(triple);
	}

	/** Linking starts over: it records the references it leaves a proxy in ({@link journey.dsl.linking.JourneyLinker}). */
	public void linkingStarts() {
		proxyHolders = new ArrayList<>();
		proxyReferences = new ArrayList<>();
	}

	/** Linking left a proxy in the object's reference. */
	public void proxySet(EObject holder, EReference reference) {
		if (proxyHolders == null) {
			return; // linking did not start from the root: the file walks its model for proxies
		}
		int last = proxyHolders.size() - 1;
		if (last < 0 || proxyHolders.get(last) != holder || proxyReferences.get(last) != reference) {
			proxyHolders.add(holder);
			proxyReferences.add(reference);
		}
	}

	/**
	 * Resolves what linking left as proxies, as Xtext does, but from the references linking
	 * recorded instead of every reference of every element: the builder, the validator and the
	 * index entry each ask for it, and the walk took a tenth of an edit's build of a long file. A
	 * reference that still holds a proxy (its name is not found) stays recorded, so that it is
	 * tried again next time, as Xtext's walk would try it.
	 */
	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		List<EObject> holders = proxyHolders;
		List<EReference> references = proxyReferences;
		if (holders == null) {
			super.resolveLazyCrossReferences(monitor);
			return;
		}
		List<EObject> stillHolding = new ArrayList<>();
		List<EReference> stillReferencing = new ArrayList<>();
		int next = 0;
		try {
			for (; next < holders.size(); next++) {
				cancellation.checkCanceled(monitor == null ? CancelIndicator.NullImpl : monitor);
				InternalEObject holder = (InternalEObject) holders.get(next);
				EReference reference = references.get(next);
				if (holder.eResource() != this) {
					continue; // no longer in this file's model
				}
				resolveLazyCrossReference(holder, reference);
				if (holdsProxyOfThisFile(holder, reference)) {
					stillHolding.add(holder);
					stillReferencing.add(reference);
				}
			}
		} finally {
			if (proxyHolders == holders) { // not linked again meanwhile
				stillHolding.addAll(holders.subList(next, holders.size()));
				stillReferencing.addAll(references.subList(next, references.size()));
				proxyHolders = stillHolding;
				proxyReferences = stillReferencing;
			}
		}
	}

	private boolean holdsProxyOfThisFile(InternalEObject holder, EReference reference) {
		if (reference.isMany()) {
			InternalEList<?> targets = (InternalEList<?>) holder.eGet(reference, false);
			for (int i = 0; i < targets.size(); i++) {
				if (isProxyOfThisFile(targets.basicGet(i))) {
					return true;
				}
			}
			return false;
		}
		return isProxyOfThisFile(holder.eGet(reference, false));
	}

	private boolean isProxyOfThisFile(Object target) {
		return target instanceof InternalEObject proxy && proxy.eIsProxy() && getURI().equals(proxy.eProxyURI().trimFragment());
	}

	@Override
	protected void doUnload() {
		proxyHolders = null;
		proxyReferences = null;
		super.doUnload();
	}

	/**
	 * Unloading turns every object into a proxy of its fragment, so that other files that point at
	 * it find its successor once the file is loaded again. EMF computes each fragment from the
	 * root, segment by segment, and interns it; the language server unloads an edited file on every
	 * change, and that took a tenth of the edit's build of a long file. EMF unloads a parent before
	 * its children, so a child's fragment is its parent's, already computed, and one segment more:
	 * the same fragment, in one step.
	 */
	@Override
	protected void unloaded(InternalEObject object) {
		InternalEObject parent = object.eInternalContainer();
		URI parentProxy = parent == null ? null : parent.eProxyURI();
		if (object.eIsProxy() || parentProxy == null || !uri.equals(parentProxy.trimFragment())) {
			super.unloaded(object);
			return;
		}
		object.eSetProxyURI(uri.appendFragment(parentProxy.fragment() + '/' + parent.eURIFragmentSegment(object.eContainingFeature(), object)));
		object.eAdapters().clear();
	}

	/** Whether the offset lies in a top-level element that has a syntax error. */
	public synchronized boolean isCutOffBySyntaxError(int offset) {
		IParseResult parse = getParseResult();
		if (parse == null || !parse.hasSyntaxErrors()) {
			return false;
		}
		if (brokenRegionsOf != parse) {
			List<Region> regions = new ArrayList<>();
			for (INode error : parse.getSyntaxErrors()) {
				regions.add(topLevelRegion(error.getOffset()));
			}
			brokenRegions = regions;
			brokenRegionsOf = parse;
		}
		return brokenRegions.stream().anyMatch(region -> region.contains(offset));
	}

	/** The top-level element, or the token between elements, at the offset. */
	private Region topLevelRegion(int offset) {
		IParseResult parse = getParseResult();
		ICompositeNode root = parse == null ? null : parse.getRootNode();
		if (root != null) {
			for (INode child : root.getChildren()) {
				if (offset >= child.getOffset() && offset < child.getEndOffset()) {
					return new Region(child.getOffset(), child.getEndOffset(), child instanceof ICompositeNode);
				}
			}
		}
		return new Region(offset, offset + 1, false);
	}
}
