package journey.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import journey.dsl.model.JourneyPackage;

/**
 * Finds where a quick fix writes into an element's text: after its header (name, title, lane),
 * just inside or just before the end of its { } body, and with which indentation.
 */
final class Insertions {

	/** Text to insert at an offset. */
	record Insertion(int offset, String text) {
	}

	private Insertions() {
	}

	/**
	 * A new line at the end of the element's body, indented one level deeper than the element; the
	 * body is created when the element has none. Lines of several rows are indented as a block.
	 */
	static Insertion intoBody(EObject element, String line) {
		String indent = indentation(element);
		String text = node(element).getRootNode().getText();
		int closing = closingBrace(element);
		if (closing < 0) {
			return new Insertion(end(element), " {\n" + indented(line, indent + "\t") + "\n" + indent + "}");
		}
		int lineStart = text.lastIndexOf('\n', closing - 1) + 1;
		if (text.substring(lineStart, closing).isBlank()) {
			return new Insertion(lineStart, indented(line, indent + "\t") + "\n");
		}
		return new Insertion(closing, line.replace("\n", " ") + " ");
	}

	private static String indented(String lines, String indent) {
		return indent + lines.replace("\n", "\n" + indent);
	}

	private static ICompositeNode node(EObject element) {
		return NodeModelUtils.getNode(element);
	}

	/** The end of the element's name, or of its title where it has one: where "via X" or "owner X" goes. */
	static int afterHeader(EObject element) {
		int end = endOf(element, JourneyPackage.Literals.NAMED_ELEMENT__TITLE);
		return end >= 0 ? end : endOf(element, JourneyPackage.Literals.NAMED_ELEMENT__NAME);
	}

	/** The end of the last node written for the feature, or -1 when it is not written. */
	static int endOf(EObject element, EStructuralFeature feature) {
		int end = -1;
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			end = Math.max(end, node.getEndOffset());
		}
		return end;
	}

	/** The offset just after the element's opening brace, or -1 when it has no body. */
	static int afterOpeningBrace(EObject element) {
		INode brace = brace(element, "{", true);
		return brace == null ? -1 : brace.getEndOffset();
	}

	/** The offset of the element's closing brace, or -1 when it has no body. */
	static int closingBrace(EObject element) {
		INode brace = brace(element, "}", false);
		return brace == null ? -1 : brace.getOffset();
	}

	/** The end of the element's own text, without trailing comments or blanks. */
	static int end(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getEndOffset();
	}

	private static INode brace(EObject element, String value, boolean first) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		INode found = null;
		if (node != null) {
			for (INode child : node.getChildren()) {
				if (child.getGrammarElement() instanceof Keyword keyword && value.equals(keyword.getValue())) {
					if (first) {
						return child;
					}
					found = child;
				}
			}
		}
		return found;
	}

	/** The leading whitespace of the line the element starts on. */
	static String indentation(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return "";
		}
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int indentEnd = lineStart;
		while (indentEnd < text.length() && (text.charAt(indentEnd) == '\t' || text.charAt(indentEnd) == ' ')) {
			indentEnd++;
		}
		return text.substring(lineStart, indentEnd);
	}
}
