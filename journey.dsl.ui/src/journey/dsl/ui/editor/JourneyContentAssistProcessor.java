package journey.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * Content assist from the ide bundle's proposal provider (through Xtext's content assist
 * service), snippets included (indented by the service like the line they go into): their
 * placeholders become plain text, and the first one is selected, ready to be typed over.
 */
public class JourneyContentAssistProcessor implements IContentAssistProcessor {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\d+)(?::([^}]*))?\\}|\\$(\\d+)");

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return proposals(viewer.getDocument(), offset).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at an offset of a journey document. */
	public static List<ICompletionProposal> proposals(org.eclipse.jface.text.IDocument textDocument, int offset) {
		List<ICompletionProposal> result = new ArrayList<>();
		try {
			ParsedDocument.use(textDocument, parsed -> {
				CompletionParams params = new CompletionParams(new TextDocumentIdentifier(parsed.uri()), parsed.position(offset));
				CompletionList list = JourneyUi.injector().getInstance(ContentAssistService.class)
						.createCompletionList(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl);
				for (CompletionItem item : list.getItems()) {
					result.add(toProposal(parsed, item, offset));
				}
			});
		} catch (RuntimeException e) {
			JourneyUi.log("Content assist failed", e);
		}
		return result;
	}

	private static ICompletionProposal toProposal(ParsedDocument parsed, CompletionItem item, int offset) {
		int replaceOffset = offset;
		int replaceLength = 0;
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		if (item.getTextEdit() != null) {
			TextEdit edit = item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
			Range range = edit != null ? edit.getRange() : item.getTextEdit().getRight().getReplace();
			text = edit != null ? edit.getNewText() : item.getTextEdit().getRight().getNewText();
			replaceOffset = parsed.offset(range.getStart());
			replaceLength = parsed.offset(range.getEnd()) - replaceOffset;
		}
		int cursor = text.length();
		int selected = 0;
		if (item.getInsertTextFormat() == InsertTextFormat.Snippet) {
			StringBuilder plain = new StringBuilder();
			Matcher matcher = PLACEHOLDER.matcher(text);
			int last = 0;
			int bestNumber = Integer.MAX_VALUE;
			int firstPlaceholder = -1;
			int firstLength = 0;
			while (matcher.find()) {
				plain.append(text, last, matcher.start());
				int number = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(3));
				// $0 is where the cursor ends; ${1:...} is the first thing to type, so it wins.
				int rank = number == 0 ? Integer.MAX_VALUE - 1 : number;
				String placeholder = matcher.group(2) == null ? "" : matcher.group(2);
				if (rank < bestNumber) {
					bestNumber = rank;
					firstPlaceholder = plain.length();
					firstLength = placeholder.length();
				}
				plain.append(placeholder);
				last = matcher.end();
			}
			plain.append(text.substring(last));
			text = plain.toString().replace("\\$", "$").replace("\\}", "}");
			cursor = firstPlaceholder >= 0 ? firstPlaceholder : text.length();
			selected = firstPlaceholder >= 0 ? firstLength : 0;
		}
		String display = item.getLabel() + (item.getDetail() != null && !item.getDetail().isEmpty() ? " - " + item.getDetail() : "");
		String info = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
		return new SnippetAwareProposal(text, replaceOffset, replaceLength, cursor, selected, display, info);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
