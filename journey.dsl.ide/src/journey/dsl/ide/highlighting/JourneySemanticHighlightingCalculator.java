package journey.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;

import journey.dsl.model.JourneyPackage;
import journey.dsl.model.NamedElement;

/**
 * Colours names by what they stand for, with LSP semantic token types, and tells a declaration
 * (modifier {@value #DECLARATION}) from a reference to it.
 */
public class JourneySemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARATION = "declaration";

	@Override
	protected boolean highlightElement(EObject element, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (element instanceof NamedElement) {
			highlightFeature(acceptor, element, JourneyPackage.Literals.NAMED_ELEMENT__NAME, tokenType(element.eClass()), DECLARATION);
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
				// one token for the whole qualified name, not one per segment and dot
				acceptor.addPosition(node.getOffset(), node.getLength(), tokenType(reference.getEReferenceType()));
			}
		}
		return false;
	}

	/** The LSP token type of a concept: journeys and stages are namespaces, steps functions, parties structs. */
	static String tokenType(EClass type) {
		return switch (type.getClassifierID()) {
		case JourneyPackage.JOURNEY, JourneyPackage.STAGE, JourneyPackage.STAGE_GROUP -> "namespace";
		case JourneyPackage.STEP, JourneyPackage.ACTIVITY -> "function";
		case JourneyPackage.MOMENT -> "function";
		case JourneyPackage.TOUCHPOINT -> "interface";
		case JourneyPackage.PAIN_POINT, JourneyPackage.SUCCESS, JourneyPackage.INSIGHT -> "event";
		case JourneyPackage.KPI -> "variable";
		case JourneyPackage.PERSONA, JourneyPackage.EMOTION_SCALE, JourneyPackage.CUSTOM_ROLE -> "type";
		case JourneyPackage.CHANNEL -> "enum";
		case JourneyPackage.PARTY, JourneyPackage.TEAM, JourneyPackage.PERSON, JourneyPackage.MEMBER -> "struct";
		case JourneyPackage.PROCESS, JourneyPackage.TECHNOLOGY -> "class";
		case JourneyPackage.OPPORTUNITY, JourneyPackage.SOLUTION -> "property";
		default -> "variable";
		};
	}
}
