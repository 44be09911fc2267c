package journey.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;

/**
 * Writes a value that the grammar builds from several tokens without the spaces an author put
 * between them: {@code - 2} becomes {@code -2}, {@code 40 %} becomes {@code 40%}, {@code Pr . A1}
 * becomes {@code Pr.A1}.
 * <p>
 * Such a value is one region to the formatter, so its inner whitespace never reaches the
 * formatter's spacing rules.
 */
final class ValueCompactor implements ITextReplacer {

	private final ISemanticRegion value;

	private ValueCompactor(ISemanticRegion value) {
		this.value = value;
	}

	/** A compactor for this region, or null if it has no inner whitespace or might hold a comment. */
	static ValueCompactor of(ISemanticRegion region) {
		String text = region.getText();
		boolean spaced = text.chars().anyMatch(Character::isWhitespace);
		boolean plain = !text.startsWith("\"") && !text.startsWith("'") && text.indexOf('/') < 0;
		return spaced && plain ? new ValueCompactor(region) : null;
	}

	@Override
	public ITextSegment getRegion() {
		return value;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		context.addReplacement(value.replaceWith(value.getText().replaceAll("\\s+", "")));
		return context;
	}
}
