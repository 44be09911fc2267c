package journey.dsl.ui.editor;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;

import com.google.inject.Key;
import com.google.inject.name.Names;

import journey.dsl.ui.JourneyUi;

/**
 * Lexical highlighting with the grammar's own lexer: keywords, strings, comments and numbers
 * are told apart by the token types the grammar defines. Journey files are small, so every change
 * repaints the whole document; that keeps multi-line comments and strings right without partitions.
 */
public class JourneyHighlighter implements IPresentationDamager, IPresentationRepairer {

	private IDocument document;
	private Map<Integer, String> tokenNames;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, event.getDocument().getLength());
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		if (document == null) {
			return;
		}
		Lexer lexer = JourneyUi.injector().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
		lexer.setCharStream(new ANTLRStringStream(document.get()));
		int end = damage.getOffset() + damage.getLength();
		Token token;
		while ((token = lexer.nextToken()).getType() != Token.EOF) {
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int stop = common.getStopIndex() + 1;
			if (stop <= damage.getOffset()) {
				continue;
			}
			if (start >= end) {
				break;
			}
			TextAttribute attribute = JourneyStyles.attribute(styleOf(token.getType()));
			if (attribute != null) {
				presentation.addStyleRange(new StyleRange(start, stop - start, attribute.getForeground(), null, attribute.getStyle()));
			}
		}
	}

	/** The Xtext style id of a token type, read from the grammar's token definitions. */
	String styleOf(int tokenType) {
		if (tokenNames == null) {
			tokenNames = JourneyUi.injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
		}
		String name = tokenNames.get(tokenType);
		if (name == null) {
			return null;
		}
		if (name.startsWith("'")) {
			return name.length() > 3 && Character.isLetter(name.charAt(1)) ? HighlightingStyles.KEYWORD_ID : null;
		}
		return switch (name) {
			case "RULE_STRING" -> HighlightingStyles.STRING_ID;
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> HighlightingStyles.COMMENT_ID;
			case "RULE_INT", "RULE_DATE" -> HighlightingStyles.NUMBER_ID;
			default -> null;
		};
	}
}
