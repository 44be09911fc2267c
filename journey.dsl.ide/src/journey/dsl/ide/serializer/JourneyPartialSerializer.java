package journey.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeKind;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.change.ListChange;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISequentialRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionDiffBuilder;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IConstraint;
import org.eclipse.xtext.serializer.analysis.IGrammarConstraintProvider.IFeatureInfo;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic;
import org.eclipse.xtext.serializer.tokens.IEnumLiteralSerializer;

import com.google.inject.Inject;

/**
 * Xtext's partial serializer, with three differences:
 * <ul>
 * <li>a changed enumeration value (an activity's lane, a KPI's cadence) is written with the
 * enumeration's own words: Xtext 2.42 hands it to the value converter, which fails with a
 * ClassCastException;</li>
 * <li>an element added to a list that the grammar writes inside a loop of alternatives (every
 * element body: {@code (channels+=Channel | teams+=Team)*}) is written right after the list's last
 * element. Xtext counts such an assignment as single, since the loop repeats and not the
 * assignment, and would write the whole owner again: for a new channel, the whole file;</li>
 * <li>an element removed from such a list is deleted where it stands, where Xtext would write the
 * owner again (and a sibling that changed too would be written in the serializer's order);</li>
 * <li>a property that is no longer set is deleted with its keywords, where Xtext would write the
 * whole owner again (and the serializer may then order the owner's clauses its own way).</li>
 * </ul>
 */
public class JourneyPartialSerializer extends PartialSerializer {

	@Inject
	private IEnumLiteralSerializer enumLiterals;

	@Override
	protected SerializationStrategy updateSingleValue(EObject object, EStructuralFeature feature, IAstRegion region) {
		if (feature instanceof EAttribute && region instanceof ISemanticRegion semantic && region.getGrammarElement() instanceof RuleCall call
				&& call.getRule() instanceof EnumRule) {
			String text = enumLiterals.serializeAssignedEnumLiteral(object, call, object.eGet(feature), null,
					ISerializationDiagnostic.EXCEPTION_THROWING_ACCEPTOR);
			return text == null ? null : new ReplaceRegionStrategy(semantic, text);
		}
		return super.updateSingleValue(object, feature, region);
	}

	@Override
	protected List<SerializationStrategy> trySerializeSingleValue(EObject owner, FeatureChange change, IEObjectRegion ownerRegion,
			IConstraint constraint) {
		// Xtext would write an unset enumeration as its default word ("reviewed daily"), or the whole owner again.
		// A value equal to its default (an activity moved to the first lane) is not unset: it has a value to write.
		EStructuralFeature feature = change.getFeature();
		boolean noLongerSet = !owner.eIsSet(feature) && (feature.isUnsettable() || owner.eGet(feature) == null);
		IAstRegion written = noLongerSet ? findRegion(ownerRegion, change) : null;
		return written != null ? List.of(new DeleteClauseStrategy(written)) : super.trySerializeSingleValue(owner, change, ownerRegion, constraint);
	}

	/**
	 * Deletes a value that is no longer set together with the keywords that its assignment's group
	 * writes right before and after it ({@code version "2026.1"}, not only {@code "2026.1"}), but
	 * nothing that belongs to another value ({@code reviewed quarterly by Sales} becomes
	 * {@code reviewed by Sales}).
	 */
	private static final class DeleteClauseStrategy implements SerializationStrategy {
		private final IAstRegion value;

		DeleteClauseStrategy(IAstRegion value) {
			this.value = value;
		}

		@Override
		public void serialize(ITextRegionDiffBuilder result) {
			Assignment assignment = GrammarUtil.containingAssignment(value.getGrammarElement());
			List<AbstractElement> group = assignment != null && assignment.eContainer() instanceof Group owner ? owner.getElements() : List.of();
			int at = group.indexOf(assignment);
			List<AbstractElement> keywordsBefore = new ArrayList<>();
			for (int i = at - 1; i >= 0 && group.get(i) instanceof Keyword; i--) {
				keywordsBefore.add(group.get(i));
			}
			List<AbstractElement> keywordsAfter = new ArrayList<>();
			for (int i = at + 1; at >= 0 && i < group.size() && group.get(i) instanceof Keyword; i++) {
				keywordsAfter.add(group.get(i));
			}
			ISequentialRegion first = value;
			while (first.getPreviousSemanticRegion() != null && keywordsBefore.contains(first.getPreviousSemanticRegion().getGrammarElement())) {
				first = first.getPreviousSemanticRegion();
			}
			ISequentialRegion last = value;
			while (last.getNextSemanticRegion() != null && keywordsAfter.contains(last.getNextSemanticRegion().getGrammarElement())) {
				last = last.getNextSemanticRegion();
			}
			result.remove(first.getPreviousHiddenRegion(), last.getNextHiddenRegion());
		}
	}

	@Override
	protected List<SerializationStrategy> trySerializeMultiValue(EObject owner, FeatureChange change, IEObjectRegion ownerRegion,
			IConstraint constraint) {
		List<SerializationStrategy> strategies = super.trySerializeMultiValue(owner, change, ownerRegion, constraint);
		if (strategies != null) {
			return strategies;
		}
		List<SerializationStrategy> removals = removalsInLoop(change, ownerRegion);
		return removals != null ? removals : additionsInLoop(owner, change, ownerRegion, constraint);
	}

	/**
	 * Elements removed from a containment list, each deleted where it stands; null for any other
	 * change, and for an element moved elsewhere. The recorded changes undo the removals: "add" for each removed element.
	 */
	private static List<SerializationStrategy> removalsInLoop(FeatureChange change, IEObjectRegion ownerRegion) {
		if (!(change.getFeature() instanceof EReference reference) || !reference.isContainment() || !reference.isMany() || change.getListChanges().isEmpty()
				|| change.getListChanges().stream().anyMatch(listChange -> listChange.getKind() != ChangeKind.ADD_LITERAL)) {
			return null;
		}
		List<SerializationStrategy> result = new ArrayList<>();
		for (ListChange listChange : change.getListChanges()) {
			for (EObject removed : listChange.getReferenceValues()) {
				if (removed.eResource() != null) {
					// moved, not deleted: its comments travel with it, so the owner is written again
					return null;
				}
				IEObjectRegion region = ownerRegion.getTextRegionAccess().regionForEObject(removed);
				if (region == null) {
					return null;
				}
				result.add(new DeleteRegionStrategy(region));
			}
		}
		return result;
	}

	/**
	 * New elements added to a containment list that already has elements in the text, each written
	 * next to its neighbour in the list; null (write the owner again) for any other change.
	 */
	private List<SerializationStrategy> additionsInLoop(EObject owner, FeatureChange change, IEObjectRegion ownerRegion, IConstraint constraint) {
		EStructuralFeature feature = change.getFeature();
		IFeatureInfo info = constraint.getFeatures()[owner.eClass().getFeatureID(feature)];
		if (!(feature instanceof EReference reference) || !reference.isContainment() || !feature.isMany() || info.getAssignments().size() != 1
				|| change.getListChanges().stream().anyMatch(listChange -> listChange.getKind() != ChangeKind.REMOVE_LITERAL)) {
			return null;
		}
		List<IAstRegion> originals = findRegions(ownerRegion, change);
		if (originals.isEmpty()) {
			return null;
		}
		// The recorded changes undo the additions: "remove at index" for each added element.
		List<Object> modifying = new ArrayList<>((List<?>) owner.eGet(feature));
		List<SerializationStrategy> result = new ArrayList<>();
		for (ListChange listChange : change.getListChanges()) {
			int index = listChange.getIndex();
			IHiddenRegion insertAt = index >= originals.size() ? ((ISequentialRegion) originals.get(originals.size() - 1)).getNextHiddenRegion()
					: ((ISequentialRegion) originals.get(index)).getPreviousHiddenRegion();
			if (insertAt == null) {
				return null;
			}
			EObject added = (EObject) modifying.remove(index);
			if (ownerRegion.getTextRegionAccess().regionForEObject(added) != null) {
				return null; // moved here from elsewhere in the file: the owner is written again, so its comments move once
			}
			result.add(new SerializeRecursiveStrategy(insertAt, added, getSerializationContext(added)));
		}
		return result;
	}
}
