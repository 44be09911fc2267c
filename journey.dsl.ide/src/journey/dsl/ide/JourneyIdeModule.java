package journey.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.serializer.impl.PartialSerializer;
import org.eclipse.xtext.ide.serializer.impl.RegionDiffFormatter;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

import journey.dsl.ide.contentassist.JourneyContentAssistContextFactory;
import journey.dsl.ide.contentassist.JourneyContentAssistService;
import journey.dsl.ide.contentassist.JourneyCrossrefProposalProvider;
import journey.dsl.ide.contentassist.JourneyProposalProvider;
import journey.dsl.ide.contentassist.TypoTolerantPrefixMatcher;
import journey.dsl.ide.folding.JourneyFoldingRangeProvider;
import journey.dsl.ide.formatting.JourneyFormattingService;
import journey.dsl.ide.highlighting.JourneySemanticHighlightingCalculator;
import journey.dsl.ide.hover.JourneyHoverService;
import journey.dsl.ide.quickfix.JourneyQuickfixProvider;
import journey.dsl.ide.serializer.JourneyPartialSerializer;
import journey.dsl.ide.serializer.JourneyRegionDiffFormatter;
import journey.dsl.ide.symbols.JourneyDocumentSymbolService;
import journey.dsl.ide.symbols.JourneySymbolDetailsProvider;
import journey.dsl.ide.symbols.JourneySymbolKindProvider;
import journey.dsl.ide.symbols.JourneySymbolNameProvider;

/** Binds the journey language's editor-neutral services (completion, hover, outline, folding, ...); it only binds. */
public class JourneyIdeModule extends AbstractJourneyIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return JourneyProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return JourneyCrossrefProposalProvider.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return JourneyContentAssistService.class;
	}

	@Override
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return JourneyContentAssistContextFactory.class;
	}

	@Override
	public Class<? extends IPrefixMatcher> bindIPrefixMatcher() {
		return TypoTolerantPrefixMatcher.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return JourneyFormattingService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return JourneyHoverService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return JourneyDocumentSymbolService.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return JourneySymbolKindProvider.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return JourneySymbolNameProvider.class;
	}

	public Class<? extends DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return JourneySymbolDetailsProvider.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return JourneyFoldingRangeProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return JourneyQuickfixProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return JourneySemanticHighlightingCalculator.class;
	}

	public Class<? extends RegionDiffFormatter> bindRegionDiffFormatter() {
		return JourneyRegionDiffFormatter.class;
	}

	public Class<? extends PartialSerializer> bindPartialSerializer() {
		return JourneyPartialSerializer.class;
	}
}
