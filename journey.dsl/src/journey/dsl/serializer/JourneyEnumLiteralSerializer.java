package journey.dsl.serializer;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.EnumLiteralSerializer;

import journey.dsl.model.Duration;

/**
 * Writes enumeration values with the word the analyst chose: where several words stand for one
 * value ({@code day} and {@code days}, {@code ambassador} and {@code promoter}), the word in the
 * text stays. A new duration of one unit is written in the singular ({@code 1 day}).
 */
public class JourneyEnumLiteralSerializer extends EnumLiteralSerializer {

	@Override
	public String serializeAssignedEnumLiteral(EObject context, RuleCall ruleCall, Object value, INode node, Acceptor errorAcceptor) {
		Keyword written = getLiteral(node);
		if (written != null && value.equals(instanceOf(ruleCall, written))) {
			return tokenUtil.serializeNode(node);
		}
		Keyword canonical = getLiteral(context, ruleCall, value);
		if (canonical != null && context instanceof Duration duration && BigDecimal.ONE.compareTo(amountOf(duration)) == 0) {
			Keyword singular = keyword(ruleCall, value, canonical.getValue().replaceFirst("s$", ""));
			if (singular != null) {
				return singular.getValue();
			}
		}
		return super.serializeAssignedEnumLiteral(context, ruleCall, value, node, errorAcceptor);
	}

	private static BigDecimal amountOf(Duration duration) {
		return duration.getAmount() == null ? BigDecimal.ZERO : duration.getAmount();
	}

	private static Object instanceOf(RuleCall ruleCall, Keyword keyword) {
		for (EnumLiteralDeclaration declaration : declarations(ruleCall)) {
			if (declaration.getLiteral() == keyword) {
				return declaration.getEnumLiteral().getInstance();
			}
		}
		return null;
	}

	private static Keyword keyword(RuleCall ruleCall, Object value, String word) {
		for (EnumLiteralDeclaration declaration : declarations(ruleCall)) {
			if (declaration.getEnumLiteral().getInstance().equals(value) && declaration.getLiteral().getValue().equals(word)) {
				return declaration.getLiteral();
			}
		}
		return null;
	}

	private static java.util.List<EnumLiteralDeclaration> declarations(RuleCall ruleCall) {
		AbstractElement alternatives = ((EnumRule) ruleCall.getRule()).getAlternatives();
		if (alternatives instanceof EnumLiteralDeclaration single) {
			return java.util.List.of(single);
		}
		return ((Alternatives) alternatives).getElements().stream().map(EnumLiteralDeclaration.class::cast).toList();
	}
}
