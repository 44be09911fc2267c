package journey.dsl.formatting2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;

/**
 * Puts each property and nested element of a body on a line of its own, in text order, and decides
 * through a {@link Gap} how many line breaks separate one item from the next.
 */
final class BodyLayout {

	/** The group of a keyword property; nested elements are grouped by their EClass. */
	static final Object PROPERTY = "property";

	/** How two neighbouring items of a body are separated. */
	@FunctionalInterface
	interface Gap {
		void between(Object previousGroup, Object group, IHiddenRegionFormatter line);
	}

	private record Item(IHiddenRegion before, int offset, Object group) {
	}

	private final ITextRegionAccess regions;
	private final List<Item> items = new ArrayList<>();

	BodyLayout(ITextRegionAccess regions) {
		this.regions = regions;
	}

	/** Adds the properties that these keywords start. */
	BodyLayout properties(List<ISemanticRegion> keywords) {
		for (ISemanticRegion keyword : keywords) {
			items.add(new Item(keyword.getPreviousHiddenRegion(), keyword.getOffset(), PROPERTY));
		}
		return this;
	}

	/** Adds nested elements, each starting an item of its own. */
	BodyLayout elements(List<? extends EObject> elements) {
		for (EObject element : elements) {
			IEObjectRegion region = regions.regionForEObject(element);
			if (region != null) {
				items.add(new Item(region.getPreviousHiddenRegion(), region.getOffset(), element.eClass()));
			}
		}
		return this;
	}

	/**
	 * Lays the items out between braces: the first item right on the line after the opening brace,
	 * the closing brace alone on its line, everything between indented once.
	 */
	void inBraces(ISemanticRegion open, ISemanticRegion close, Gap gap, IFormattableDocument doc) {
		if (open == null || close == null) {
			return;
		}
		doc.interior(open, close, IHiddenRegionFormatter::indent);
		doc.prepend(close, IHiddenRegionFormatter::newLine);
		List<Item> sorted = sorted();
		if (!sorted.isEmpty()) {
			doc.set(sorted.get(0).before(), IHiddenRegionFormatter::newLine);
		}
		separate(sorted, gap, doc);
	}

	/** Lays the items out one after the other; the caller places the first one. */
	void inSequence(Gap gap, IFormattableDocument doc) {
		separate(sorted(), gap, doc);
	}

	/** The items in text order. */
	List<IHiddenRegion> starts() {
		return sorted().stream().map(Item::before).toList();
	}

	private List<Item> sorted() {
		return items.stream().sorted(Comparator.comparingInt(Item::offset)).toList();
	}

	private static void separate(List<Item> sorted, Gap gap, IFormattableDocument doc) {
		for (int i = 1; i < sorted.size(); i++) {
			Object previous = sorted.get(i - 1).group();
			Object group = sorted.get(i).group();
			doc.set(sorted.get(i).before(), line -> gap.between(previous, group, line));
		}
	}
}
