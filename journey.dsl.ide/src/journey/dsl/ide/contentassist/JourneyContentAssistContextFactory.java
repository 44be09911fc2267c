package journey.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.antlr.PartialContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.partialEditing.IPartialEditingContentAssistParser;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Xtext's contexts for completion, with the leaves at the cursor found by {@link LeafAtOffset}
 * instead of a walk through the whole file. The method is Xtext's own (2.42, in the factory the
 * generated module binds) but for that.
 */
public class JourneyContentAssistContextFactory extends PartialContentAssistContextFactory {

	@Override
	protected void initializeNodeAndModelData() {
		rootNode = parseResult.getRootNode();
		if (parser instanceof IPartialEditingContentAssistParser partialEditing) {
			partialEditing.initializeFor(resource.getEntryPoint());
		}
		lastCompleteNode = LeafAtOffset.find(rootNode, completionOffset, true);
		if (lastCompleteNode == null) {
			lastCompleteNode = rootNode;
		}
		currentNode = LeafAtOffset.find(rootNode, completionOffset, false);
		if (currentNode == null) {
			currentNode = lastCompleteNode;
		}
		lastVisibleNode = getLastCompleteNodeByOffset(rootNode, completionOffset);
		datatypeNode = getContainingDatatypeRuleNode(lastCompleteNode);
		currentModel = NodeModelUtils.findActualSemanticObjectFor(lastVisibleNode);
	}
}
