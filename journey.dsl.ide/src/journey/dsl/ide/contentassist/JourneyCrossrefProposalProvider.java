package journey.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.collect.Iterables;

import journey.dsl.model.NamedElement;
import journey.dsl.query.BuyingGroups;

/**
 * Proposes the elements a reference may name, from every file in the index, each with its title as
 * detail; an owner or stakeholder is never one of the customer's people.
 */
public class JourneyCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference reference, ContentAssistContext context) {
		EReference feature = GrammarUtil.getReference(reference);
		Iterable<IEObjectDescription> candidates = super.queryScope(scope, reference, context);
		return feature == null ? candidates : Iterables.filter(candidates, candidate -> BuyingGroups.mayName(feature, candidate.getEClass()));
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
			entry.setDescription(detailOf(candidate, context));
		}
		return entry;
	}

	private static String detailOf(IEObjectDescription candidate, ContentAssistContext context) {
		EObject element = candidate.getEObjectOrProxy();
		if (element.eIsProxy()) {
			element = EcoreUtil.resolve(element, context.getResource());
		}
		String kind = candidate.getEClass().getName();
		if (element instanceof NamedElement named && named.getTitle() != null && !named.getTitle().isBlank()) {
			return named.getTitle() + " (" + kind + ")";
		}
		return kind;
	}
}
