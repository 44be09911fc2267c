package journey.dsl.ide.contentassist;

import org.eclipse.xtend2.lib.StringConcatenationClient;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.AbstractIdeTemplateProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;

import com.google.inject.Inject;

import journey.dsl.services.JourneyGrammarAccess;

/**
 * Snippets with placeholders for a new journey, stage, step, touchpoint, process, KPI and solution,
 * offered wherever the element's opening keyword may stand.
 */
public class JourneySnippets extends AbstractIdeTemplateProposalProvider {

	@Inject
	private JourneyGrammarAccess grammar;

	public void createSnippets(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (!isOpeningKeyword(keyword)) {
			return;
		}
		switch (keyword.getValue()) {
		case "journey" -> acceptProposal("journey", "a new journey with persona, goal and a first stage", template(
				"journey ", "Name", " \"", "Title", "\" {\n\tpersona ", "Persona", "\n\tstate current\n\tgoal \"", "Goal",
				"\"\n\n\tstage ", "FirstStage", " {\n\t\t", null, "\n\t}\n}"), context, acceptor);
		case "stage" -> acceptProposal("stage", "a new stage with a goal and a first step", template(
				"stage ", "Name", " \"", "Title", "\" {\n\tgoal \"", "CustomerGoal", "\"\n\tstep ", "FirstStep", " {\n\t\t",
				null, "\n\t}\n}"), context, acceptor);
		case "step" -> acceptProposal("step", "a new step with what the customer does and feels", template(
				"step ", "Name", " \"", "Title", "\" as ", "visitor", " {\n\tdoes \"", "Action", "\"\n\tfeels ", "0", " \"",
				"Feeling", "\"\n\t", null, "\n}"), context, acceptor);
		case "touchpoint" -> acceptProposal("touchpoint", "a new touchpoint with channel and support", template(
				"touchpoint ", "Name", " \"", "Title", "\" via ", "Channel", " {\n\tsupported by ", "Process.Activity",
				"\n\t", null, "\n}"), context, acceptor);
		case "process" -> acceptProposal("process", "a new process with an owner and a first activity", template(
				"process ", "Name", " \"", "Title", "\" owner ", "Team", " {\n\tactivity ", "FirstActivity", " \"",
				"Activity title", "\" ", "frontstage", "\n}"), context, acceptor);
		case "kpi" -> acceptProposal("kpi", "a new KPI with a target", template(
				"kpi ", "Name", " \"", "Title", "\" ", "conversion-rate", " target ", "30%"), context, acceptor);
		case "solution" -> acceptProposal("solution", "a new solution with owner and the opportunity it addresses", template(
				"solution ", "Name", " \"", "Title", "\" {\n\tstatus idea\n\taddresses ", "Opportunity", "\n\towner ",
				"Team", "\n\tmeasured by ", "Kpi", "\n}"), context, acceptor);
		default -> {
			// no snippet for the other keywords
		}
		}
	}

	@Override
	protected ContentAssistEntry createProposal(StringConcatenationClient template, ContentAssistContext context, boolean adjustIndentation) {
		ContentAssistEntry entry = super.createProposal(template, context, adjustIndentation);
		// marks the placeholders as LSP snippet syntax for the client
		entry.setKind(ContentAssistEntry.KIND_SNIPPET);
		return entry;
	}

	/** Only the keyword that starts an element, not the same word used as a property or a value. */
	private boolean isOpeningKeyword(Keyword keyword) {
		return keyword == grammar.getJourneyAccess().getJourneyKeyword_0()
				|| keyword == grammar.getStageAccess().getStageKeyword_0()
				|| keyword == grammar.getStepAccess().getStepKeyword_0()
				|| keyword == grammar.getTouchpointAccess().getTouchpointKeyword_0()
				|| keyword == grammar.getProcessAccess().getProcessKeyword_0()
				|| keyword == grammar.getKpiAccess().getKpiKeyword_0()
				|| keyword == grammar.getSolutionAccess().getSolutionKeyword_0();
	}

	/**
	 * Alternates literal text and placeholder names: even positions are text, odd positions are
	 * placeholders in LSP snippet syntax ({@code ${1:Name}}); a null placeholder marks where the
	 * cursor ends ({@code $0}). The base class indents every line like the line of the cursor.
	 */
	private static StringConcatenationClient template(String... parts) {
		return new StringConcatenationClient() {
			@Override
			protected void appendTo(TargetStringConcatenation target) {
				int placeholder = 0;
				for (int i = 0; i < parts.length; i++) {
					if (i % 2 == 0) {
						target.append(parts[i]);
					} else if (parts[i] == null) {
						target.append("$0");
					} else {
						target.append("${" + ++placeholder + ":" + parts[i] + "}");
					}
				}
			}
		};
	}
}
