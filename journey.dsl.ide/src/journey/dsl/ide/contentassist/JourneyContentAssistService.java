package journey.dsl.ide.contentassist;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import journey.dsl.ide.server.LineIndexedDocument;

/**
 * Completion that still helps after a word the grammar does not know. Behind {@code stpe} in a
 * stage the parser loses its place: Xtext proposes nothing, or the keywords of the file's top
 * level. When the last syntax error before the cursor is such a word, with only words and white
 * space between it and the cursor, this service proposes what may stand where that word starts:
 * the keywords and snippets valid there. With the cursor at the end of the word, the typed prefix is
 * tried first (forgiving one typo) and a proposal replaces the word; after a space, proposals go in
 * at the cursor and the word stays marked.
 */
public class JourneyContentAssistService extends ContentAssistService {

	/** Converts the proposals' offsets to positions through a line table, not a rescan of the text per proposal. */
	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params, CancelIndicator cancelIndicator) {
		return super.createCompletionList(LineIndexedDocument.of(document), resource, params, cancelIndicator);
	}

	@Override
	protected void createProposals(String text, TextRegion selection, int caretOffset, XtextResource resource,
			IIdeContentProposalAcceptor acceptor) {
		int unknownWord = unknownWordBefore(text, caretOffset, resource);
		if (unknownWord < 0) {
			super.createProposals(text, selection, caretOffset, resource, acceptor);
			return;
		}
		String typed = text.substring(unknownWord, caretOffset);
		boolean touching = typed.chars().noneMatch(Character::isWhitespace);
		if (touching) {
			CountingAcceptor counting = new CountingAcceptor(acceptor, null);
			super.createProposals(text, selection, caretOffset, resource, counting);
			if (counting.accepted > 0) {
				return;
			}
		}
		super.createProposals(text, new TextRegion(unknownWord, 0), unknownWord, resource,
				new CountingAcceptor(acceptor, touching ? typed : null));
	}

	/**
	 * Where the last syntax error before the cursor starts, if it is a word standing on its own and
	 * only words and white space lie between it and the cursor; else -1. Comments, strings and
	 * braces in between mean the parser has found its place again.
	 */
	private static int unknownWordBefore(String text, int caret, XtextResource resource) {
		IParseResult result = resource.getParseResult();
		if (result == null || !result.hasSyntaxErrors()) {
			return -1;
		}
		int start = -1;
		for (INode error : result.getSyntaxErrors()) {
			if (error.getOffset() < caret && error.getOffset() > start) {
				start = error.getOffset();
			}
		}
		if (start < 0 || !isWordChar(text.charAt(start)) || start > 0 && !isBoundary(text.charAt(start - 1))) {
			return -1;
		}
		for (int i = start; i < caret; i++) {
			char c = text.charAt(i);
			if (!isWordChar(c) && c != '.' && !Character.isWhitespace(c)) {
				return -1;
			}
		}
		return start;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}

	private static boolean isBoundary(char c) {
		return Character.isWhitespace(c) || c == '{' || c == '}';
	}

	/** Passes proposals on, counting them; given the replaced word, makes each proposal replace it. */
	private static final class CountingAcceptor implements IIdeContentProposalAcceptor {
		private final IIdeContentProposalAcceptor delegate;
		private final String replaced;
		int accepted;

		CountingAcceptor(IIdeContentProposalAcceptor delegate, String replaced) {
			this.delegate = delegate;
			this.replaced = replaced;
		}

		@Override
		public void accept(ContentAssistEntry entry, int priority) {
			if (entry != null) {
				accepted++;
				if (replaced != null) {
					entry.setPrefix(replaced);
				}
			}
			delegate.accept(entry, priority);
		}

		@Override
		public boolean canAcceptMoreProposals() {
			return delegate.canAcceptMoreProposals();
		}
	}
}
