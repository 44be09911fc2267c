package journey.dsl.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Folds the { } body of every element, from the line of its opening brace, so the element's
 * header stays readable; multi-line comments fold as Xtext folds them. One-line properties that
 * merely wrap (a catalogue element with its description on the next line) do not fold.
 */
public class JourneyFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Override
	protected void acceptObjectFolding(EObject element, IFoldingRangeAcceptor acceptor) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return;
		}
		INode open = null;
		INode close = null;
		for (INode child : node.getChildren()) {
			if (child.getGrammarElement() instanceof Keyword keyword) {
				if (open == null && "{".equals(keyword.getValue())) {
					open = child;
				} else if ("}".equals(keyword.getValue())) {
					close = child;
				}
			}
		}
		if (open != null && close != null) {
			acceptor.accept(open.getOffset(), close.getEndOffset() - open.getOffset());
		}
	}
}
