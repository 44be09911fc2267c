package journey.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;

/**
 * Puts the values that a model change added to a list ({@code supported by}, {@code stakeholders},
 * {@code uses} ...) into the clause that already lists that property's values. Xtext's serializer
 * writes a value without text of its own as a second clause ({@code supported by B} below
 * {@code supported by A}), which the grammar allows but nobody writes. Clauses that were in the
 * text before the change stay as the author wrote them.
 */
public final class ClauseMerger {

	/** A stretch of text, from offset to end. */
	record Range(int offset, int end) {
		boolean covers(int from, int to) {
			return offset <= from && to <= end;
		}
	}

	private record Edit(int offset, int end, String text) {
	}

	private record Clause(int keywordStart, int valuesStart, int valuesEnd) {
	}

	private ClauseMerger() {
	}

	/** The text of a file written whole by the serializer, with each property's values in one clause. */
	public static String mergeAll(IParseResult parsed) {
		return merge(parsed, List.of(new Range(0, parsed.getRootNode().getTotalEndOffset())));
	}

	/** The text with every clause that lies inside a changed range merged into an earlier clause of the same property. */
	static String merge(IParseResult parsed, List<Range> changed) {
		String text = parsed.getRootNode().getText();
		List<Edit> edits = new ArrayList<>();
		for (var it = parsed.getRootASTElement().eAllContents(); it.hasNext();) {
			EObject element = it.next();
			INode node = NodeModelUtils.getNode(element);
			if (node == null || changed.stream().noneMatch(range -> range.offset() < node.getEndOffset() && node.getOffset() < range.end())) {
				continue;
			}
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				if (feature.isMany() && !(feature instanceof EReference reference && reference.isContainment())) {
					mergeClauses(text, clauses(element, feature, text), changed, edits);
				}
			}
		}
		if (edits.isEmpty()) {
			return text;
		}
		edits.sort(Comparator.comparingInt(Edit::offset).reversed());
		StringBuilder merged = new StringBuilder(text);
		for (Edit edit : edits) {
			merged.replace(edit.offset(), edit.end(), edit.text());
		}
		return merged.toString();
	}

	private static void mergeClauses(String text, List<Clause> clauses, List<Range> changed, List<Edit> edits) {
		if (clauses.size() < 2) {
			return;
		}
		Clause first = clauses.get(0);
		StringBuilder appended = new StringBuilder();
		for (Clause clause : clauses.subList(1, clauses.size())) {
			if (changed.stream().anyMatch(range -> range.covers(clause.keywordStart(), clause.valuesEnd()))) {
				appended.append(", ").append(text, clause.valuesStart(), clause.valuesEnd());
				edits.add(new Edit(endOfPreviousToken(text, clause.keywordStart()), clause.valuesEnd(), ""));
			}
		}
		if (!appended.isEmpty()) {
			edits.add(new Edit(first.valuesEnd(), first.valuesEnd(), appended.toString()));
		}
	}

	/** The clauses that list the feature's values, each a keyword run followed by values separated by commas. */
	private static List<Clause> clauses(EObject element, EStructuralFeature feature, String text) {
		List<Clause> clauses = new ArrayList<>();
		int keywordStart = -1;
		int valuesStart = -1;
		INode previous = null;
		for (INode value : NodeModelUtils.findNodesForFeature(element, feature)) {
			boolean sameClause = previous != null && text.substring(previous.getEndOffset(), value.getOffset()).strip().equals(",");
			if (!sameClause) {
				if (previous != null) {
					clauses.add(new Clause(keywordStart, valuesStart, previous.getEndOffset()));
				}
				keywordStart = keywordStart(value);
				if (keywordStart < 0) {
					return List.of();
				}
				valuesStart = value.getOffset();
			}
			previous = value;
		}
		if (previous != null) {
			clauses.add(new Clause(keywordStart, valuesStart, previous.getEndOffset()));
		}
		return clauses;
	}

	/** Where the keywords before the first value of a clause start ({@code supported by}), or -1 when they cannot be found. */
	private static int keywordStart(INode value) {
		Assignment assignment = GrammarUtil.containingAssignment(value.getGrammarElement());
		if (assignment == null || !(assignment.eContainer() instanceof Group group)) {
			return -1;
		}
		int keywords = group.getElements().indexOf(assignment);
		INode node = value;
		for (int i = 0; i < keywords; i++) {
			node = previousToken(node);
			if (node == null) {
				return -1;
			}
		}
		return node.getOffset();
	}

	/** The token before the node, skipping whitespace and comments. */
	private static ILeafNode previousToken(INode node) {
		for (INode current = node; current != null; current = current.getParent()) {
			for (INode sibling = current.getPreviousSibling(); sibling != null; sibling = sibling.getPreviousSibling()) {
				ILeafNode token = lastToken(sibling);
				if (token != null) {
					return token;
				}
			}
		}
		return null;
	}

	private static ILeafNode lastToken(INode node) {
		if (node instanceof ILeafNode leaf) {
			return leaf.isHidden() ? null : leaf;
		}
		for (INode child = ((ICompositeNode) node).getLastChild(); child != null; child = child.getPreviousSibling()) {
			ILeafNode token = lastToken(child);
			if (token != null) {
				return token;
			}
		}
		return null;
	}

	private static int endOfPreviousToken(String text, int offset) {
		int end = offset;
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}
}
