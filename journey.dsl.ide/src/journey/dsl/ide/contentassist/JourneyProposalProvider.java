package journey.dsl.ide.contentassist;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

import journey.dsl.model.BuyingRole;
import journey.dsl.model.CustomerRole;
import journey.dsl.model.KpiKind;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;
import journey.dsl.services.JourneyGrammarAccess;

/**
 * Completion for journeys: keywords, with what each KPI kind and customer role means, the emotion
 * values of the journey's scale, and snippets for the main elements (JourneySnippets).
 */
public class JourneyProposalProvider extends IdeContentProposalProvider {

	@Inject
	private JourneyGrammarAccess grammar;

	@Inject
	private JourneySnippets snippets;

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		if (keyword.eContainer() instanceof EnumLiteralDeclaration literal && rule == grammar.getKpiKindRule()) {
			proposeKpiKind(keyword, KpiKind.get(literal.getEnumLiteral().getValue()), context, acceptor);
			return;
		}
		if (keyword.eContainer() instanceof EnumLiteralDeclaration literal && rule == grammar.getCustomerRoleRule()) {
			String meaning = CustomerRoles.meaning(CustomerRole.get(literal.getEnumLiteral().getValue()));
			accept(keyword.getValue(), "customer role: " + meaning, 0, context, acceptor);
			return;
		}
		if (keyword.eContainer() instanceof EnumLiteralDeclaration literal && rule == grammar.getBuyingRoleRule()) {
			String meaning = BuyingGroups.meaning(BuyingRole.get(literal.getEnumLiteral().getValue()));
			accept(keyword.getValue(), "buying role: " + meaning, 0, context, acceptor);
			return;
		}
		super._createProposals(keyword, context, acceptor);
		snippets.createSnippets(keyword, context, acceptor);
	}

	private void proposeKpiKind(Keyword keyword, KpiKind kind, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (kind == null || !filterKeyword(keyword, context)) {
			return;
		}
		KpiKinds.Info info = KpiKinds.of(kind);
		String unit = info.unit().isEmpty() ? "own unit" : "unit " + info.unit();
		accept(keyword.getValue(), info.label() + " (" + unit + ", " + info.rangeText() + ")", 0, context, acceptor);
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == grammar.getEmotionRule()) {
			proposeEmotions(context, acceptor);
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	private void proposeEmotions(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		EmotionScales.Scale scale = EmotionScales.of(JourneyQueries.journeyOf(context.getCurrentModel()));
		for (int value : scale.levels()) {
			String label = scale.labels().get(value);
			// in scale order, from the most negative up: a higher priority comes first, text order would put -1 before -2
			accept(Integer.toString(value), label == null ? "emotion" : "emotion: " + label, (int) Math.min(scale.max() - (long) value, 1000), context, acceptor);
		}
	}

	private void accept(String proposal, String detail, int order, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
			e.setKind(ContentAssistEntry.KIND_VALUE);
			e.setDescription(detail);
		});
		acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + order);
	}
}
