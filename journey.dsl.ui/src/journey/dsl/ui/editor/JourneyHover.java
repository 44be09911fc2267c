package journey.dsl.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
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

/** Hover text from the ide bundle's hover service, for the element under the mouse. */
public class JourneyHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			ParsedDocument parsed = ParsedDocument.of(viewer.getDocument());
			Hover hover;
			synchronized (parsed) {
				HoverParams params = new HoverParams(new TextDocumentIdentifier(parsed.uri()), parsed.position(region.getOffset()));
				hover = JourneyUi.injector().getInstance(IHoverService.class)
						.hover(parsed.document(), parsed.resource(), params, CancelIndicator.NullImpl);
			}
			return text(hover);
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
}
