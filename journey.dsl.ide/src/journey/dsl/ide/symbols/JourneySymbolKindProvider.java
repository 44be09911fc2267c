package journey.dsl.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import journey.dsl.model.JourneyPackage;

/**
 * Picks the outline icon of each journey concept: the journey a module, a stage a namespace, a step
 * a function (something the customer does), a touchpoint an interface, pains and successes events.
 */
public class JourneySymbolKindProvider extends DocumentSymbolKindProvider {

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		return switch (type.getClassifierID()) {
		case JourneyPackage.JOURNEY -> SymbolKind.Module;
		case JourneyPackage.STAGE -> SymbolKind.Namespace;
		case JourneyPackage.STAGE_GROUP -> SymbolKind.Package;
		case JourneyPackage.STEP -> SymbolKind.Function;
		case JourneyPackage.TOUCHPOINT -> SymbolKind.Interface;
		case JourneyPackage.PAIN_POINT, JourneyPackage.SUCCESS -> SymbolKind.Event;
		case JourneyPackage.KPI -> SymbolKind.Number;
		case JourneyPackage.INSIGHT -> SymbolKind.String;
		case JourneyPackage.OPPORTUNITY -> SymbolKind.Key;
		case JourneyPackage.SOLUTION, JourneyPackage.ACTIVITY -> SymbolKind.Method;
		case JourneyPackage.PROCESS -> SymbolKind.Class;
		case JourneyPackage.PERSONA, JourneyPackage.CUSTOM_ROLE -> SymbolKind.TypeParameter;
		case JourneyPackage.CHANNEL -> SymbolKind.Enum;
		case JourneyPackage.TEAM -> SymbolKind.Struct;
		case JourneyPackage.PERSON, JourneyPackage.MEMBER -> SymbolKind.Object;
		case JourneyPackage.TECHNOLOGY -> SymbolKind.Package;
		case JourneyPackage.EMOTION_SCALE -> SymbolKind.Array;
		default -> super.getSymbolKind(type);
		};
	}
}
