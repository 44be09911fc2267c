package journey.dsl.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.Triple;

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
