package journey.dsl.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.ui.JourneyUi;
import journey.dsl.ui.ParsedDocument;

/**
 * The hover of the element under the mouse, from the ide bundle's hover service, shown as
 * formatted text: the service writes Markdown for LSP clients, which this adapter turns into the
 * simple HTML that the platform's hover control renders. The messages of the problems at that
 * place are the platform's problem hover's, which the generic editor shows first (the
 * {@link IssueAnnotation}s carry the standard annotation types).
 */
public class JourneyHover implements ITextHover, ITextHoverExtension {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			Hover hover = ParsedDocument.read(viewer.getDocument(), parsed -> {
				HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.uri()), parsed.position(region.getOffset()));
				return JourneyUi.injector().getInstance(IHoverService.class)
						.hover(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl);
			});
			String text = text(hover);
			return text == null ? null : HoverHtml.of(text);
		} catch (RuntimeException e) {
			JourneyUi.log("Hover failed", e);
			return null;
		}
	}

	static String text(Hover hover) {
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		var contents = hover.getContents();
		String text;
		if (contents.isRight()) {
			text = contents.getRight().getValue();
		} else {
			StringBuilder builder = new StringBuilder();
			for (Either<String, MarkedString> part : contents.getLeft()) {
				builder.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
			}
			text = builder.toString();
		}
		return text == null || text.isBlank() ? null : text.strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		// the HTML presenter renders bold, paragraphs, line breaks and list items
		return parent -> new DefaultInformationControl(parent, true);
	}
}
