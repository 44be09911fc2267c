package journey.dsl.serializer;

import java.util.List;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parsetree.reconstr.impl.NodeIterator;
import org.eclipse.xtext.serializer.sequencer.HiddenTokenSequencer;

/**
 * Leaves a comment on the line before an element to that line when the element is written again.
 * The parser puts the hidden tokens between two elements into the node of the second, so Xtext's
 * sequencer would write {@code feels -2 // bad} and then {@code // bad} once more above the next
 * element; the formatter's region access rightly gives such a comment to the token before it.
 */
public class JourneyHiddenTokenSequencer extends HiddenTokenSequencer {

	@Override
	protected List<INode> getHiddenNodesBetween(INode from, INode to) {
		List<INode> hidden = super.getHiddenNodesBetween(from, to);
		if (from == null || from != rootNode || hidden == null || hidden.isEmpty()) {
			return hidden;
		}
		ILeafNode before = tokenBefore(hidden.get(0));
		if (before == null) {
			return hidden;
		}
		int firstOwn = 0;
		for (int i = 0; i < hidden.size(); i++) {
			if (tokenUtil.isCommentNode(hidden.get(i)) && hidden.get(i).getStartLine() == before.getEndLine()) {
				firstOwn = i + 1;
			}
		}
		return hidden.subList(firstOwn, hidden.size());
	}

	/** The last token, not whitespace or comment, before a node. */
	private ILeafNode tokenBefore(INode node) {
		NodeIterator nodes = new NodeIterator(node);
		while (nodes.hasPrevious()) {
			INode previous = nodes.previous();
			if (previous instanceof ILeafNode leaf && !leaf.isHidden()) {
				return leaf;
			}
		}
		return null;
	}
}
