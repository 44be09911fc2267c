package journey.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

import journey.dsl.model.Activity;
import journey.dsl.model.Kpi;
import journey.dsl.model.Member;
import journey.dsl.model.StageGroup;
import journey.dsl.model.Team;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;

/** Adds the concept and its most telling property to each outline entry: a touchpoint's channel, a KPI's kind. */
public class JourneySymbolDetailsProvider extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject element) {
		if (element instanceof Touchpoint touchpoint && touchpoint.getChannel() != null && !touchpoint.getChannel().eIsProxy()) {
			return "touchpoint via " + touchpoint.getChannel().getName();
		}
		if (element instanceof Kpi kpi && kpi.getKind() != null) {
			return "KPI " + kpi.getKind().getLiteral();
		}
		if (element instanceof Activity activity && activity.getLane() != null) {
			return activity.getLane().getLiteral() + " activity";
		}
		if (element instanceof Member member) {
			return member.isSetBuyingRole() ? member.getBuyingRole().getLiteral() + ", customer side" : "buying group member";
		}
		if (element instanceof StageGroup group) {
			return "stage group of " + group.getStages().size() + (group.getStages().size() == 1 ? " stage" : " stages");
		}
		if (element instanceof Team team && team.getKind() != null) {
			return team.getKind().getLiteral();
		}
		return JourneyQueries.kindOf(element.eClass());
	}
}
