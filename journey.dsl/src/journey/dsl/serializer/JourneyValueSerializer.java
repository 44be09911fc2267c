package journey.dsl.serializer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.ValueSerializer;

import journey.dsl.model.Kpi;
import journey.dsl.query.KpiKinds;

/**
 * Writes a new KPI value of a percentage KPI with its %, as analysts write {@code actual 7.5%} and
 * {@code 2026-03-31: 7.5%}: the value converter cannot, since it does not know the KPI. A value
 * the text already holds stays as written.
 */
public class JourneyValueSerializer extends ValueSerializer {

	@Override
	public String serializeAssignedValue(EObject context, RuleCall ruleCall, Object value, INode node, Acceptor errors) {
		String text = super.serializeAssignedValue(context, ruleCall, value, node, errors);
		if (text == null || !"Number".equals(ruleCall.getRule().getName()) || text.endsWith("%")
				|| (node != null && text.equals(tokenUtil.serializeNode(node)))) {
			return text;
		}
		Kpi kpi = context instanceof Kpi k ? k : context != null && context.eContainer() instanceof Kpi k ? k : null;
		return kpi != null && KpiKinds.isPercentage(kpi) ? text + "%" : text;
	}
}
