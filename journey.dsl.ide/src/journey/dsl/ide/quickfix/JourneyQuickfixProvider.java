package journey.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import journey.dsl.model.Activity;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Moment;
import journey.dsl.model.NamedElement;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.validation.JourneyIssueCodes;

/**
 * The quick fixes of the journey validation issues, one {@code @QuickFix} method per issue code.
 * Where a fix depends on the workspace (one fix per known channel, team or persona), the choices are
 * read from the element's scope while the fixes are offered.
 */
public class JourneyQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final ThreadLocal<FixContext> CONTEXT = new ThreadLocal<>();

	@Inject
	private IScopeProvider scopes;

	@Inject
	private MissingElementFiles missingElementFiles;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		FixContext context = new FixContext(options, diagnostic, scopes);
		CONTEXT.set(context);
		try {
			List<DiagnosticResolution> resolutions = new ArrayList<>(super.getResolutions(options, diagnostic));
			resolutions.addAll(context.extraResolutions());
			return resolutions;
		} finally {
			CONTEXT.remove();
		}
	}

	private static FixContext context() {
		return CONTEXT.get();
	}

	/** A touchpoint without a channel: one fix per channel the touchpoint can name. */
	@QuickFix(JourneyIssueCodes.MISSING_CHANNEL)
	public void addChannel(DiagnosticResolutionAcceptor acceptor) {
		Touchpoint touchpoint = JourneyQueries.ancestor(context().element(), Touchpoint.class);
		if (touchpoint == null) {
			return;
		}
		candidates(touchpoint, JourneyPackage.Literals.TOUCHPOINT__CHANNEL, null).forEach((name, channel) ->
				acceptor.accept("Add channel " + name + titleOf(channel), (diagnostic, element, document) -> {
					Touchpoint fixed = JourneyQueries.ancestor(element, Touchpoint.class);
					return insert(document, Insertions.afterHeader(fixed), " via " + name);
				}));
	}

	/** A process or activity without an owner: one fix per team it can name. */
	@QuickFix(JourneyIssueCodes.MISSING_OWNER)
	public void setOwner(DiagnosticResolutionAcceptor acceptor) {
		EObject marked = context().element();
		EReference ownerReference = marked instanceof Activity ? JourneyPackage.Literals.ACTIVITY__OWNER : JourneyPackage.Literals.PROCESS__OWNER;
		candidates(marked, ownerReference, JourneyPackage.Literals.TEAM).forEach((name, team) ->
				acceptor.accept("Set owner " + name + titleOf(team), (diagnostic, element, document) -> {
					int offset = element instanceof Activity activity
							? Insertions.endOf(activity, JourneyPackage.Literals.ACTIVITY__LANE)
							: Insertions.afterHeader(JourneyQueries.ancestor(element, Process.class));
					return insert(document, offset, " owner " + name);
				}));
	}

	/** A solution without an owner: one fix per team it can name. */
	@QuickFix(JourneyIssueCodes.SOLUTION_WITHOUT_OWNER)
	public void setSolutionOwner(DiagnosticResolutionAcceptor acceptor) {
		Solution solution = JourneyQueries.ancestor(context().element(), Solution.class);
		if (solution == null) {
			return;
		}
		candidates(solution, JourneyPackage.Literals.SOLUTION__OWNER, JourneyPackage.Literals.TEAM).forEach((name, team) ->
				acceptor.accept("Set owner " + name + titleOf(team), (diagnostic, element, document) ->
						insert(document, Insertions.intoBody(JourneyQueries.ancestor(element, Solution.class), "owner " + name))));
	}

	/** A journey without a persona: one fix per persona it can name. */
	@QuickFix(JourneyIssueCodes.MISSING_PERSONA)
	public void addPersona(DiagnosticResolutionAcceptor acceptor) {
		Journey journey = JourneyQueries.journeyOf(context().element());
		if (journey == null) {
			return;
		}
		candidates(journey, JourneyPackage.Literals.JOURNEY__PERSONA, null).forEach((name, persona) ->
				acceptor.accept("Add persona " + name + titleOf(persona), (diagnostic, element, document) -> {
					Journey fixed = JourneyQueries.journeyOf(element);
					int brace = Insertions.afterOpeningBrace(fixed);
					return insert(document, brace, "\n" + Insertions.indentation(fixed) + "\tpersona " + name);
				}));
	}

	/** An emotion outside the scale: moved to the nearer end of the scale (data: min, max). */
	@QuickFix(JourneyIssueCodes.EMOTION_OUT_OF_SCALE)
	public void clampEmotion(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = context().data();
		Moment moment = JourneyQueries.ancestor(context().element(), Moment.class);
		if (data.size() < 2 || moment == null || moment.getEmotion() == null) {
			return;
		}
		int min = Integer.parseInt(data.get(0));
		int max = Integer.parseInt(data.get(1));
		int clamped = Math.max(min, Math.min(max, moment.getEmotion()));
		String end = clamped == min ? "minimum" : "maximum";
		acceptor.accept("Change the emotion to " + clamped + " (the scale's " + end + ")",
				(diagnostic, element, document) -> createTextEdit(diagnostic, Integer.toString(clamped)));
	}

	/** A pain point no opportunity relieves: a new opportunity in its journey that relieves it. */
	@QuickFix(JourneyIssueCodes.PAIN_WITHOUT_RESPONSE)
	public void createOpportunity(DiagnosticResolutionAcceptor acceptor) {
		PainPoint pain = JourneyQueries.ancestor(context().element(), PainPoint.class);
		if (pain == null || pain.getName() == null) {
			return;
		}
		String painName = pain.getName();
		String name = "Relieve" + painName;
		acceptor.accept("Create opportunity " + name + " that relieves " + painName, (diagnostic, element, document) -> {
			Journey journey = JourneyQueries.journeyOf(element);
			String declaration = "opportunity " + name + " {\n\trelieves " + painName + "\n}";
			return insert(document, Insertions.intoBody(journey, declaration));
		});
	}

	/** A solution missing stakeholders: adds them all (data: their qualified names). */
	@QuickFix(JourneyIssueCodes.MISSING_STAKEHOLDER)
	public void addStakeholders(DiagnosticResolutionAcceptor acceptor) {
		Solution solution = JourneyQueries.ancestor(context().element(), Solution.class);
		if (solution == null || context().data().isEmpty()) {
			return;
		}
		List<String> names = context().data().stream()
				.map(name -> context().shortestName(solution, JourneyPackage.Literals.SOLUTION__STAKEHOLDERS, name)).toList();
		acceptor.accept("Add " + String.join(", ", names) + " to the stakeholders", (diagnostic, element, document) -> {
			Solution fixed = JourneyQueries.ancestor(element, Solution.class);
			int last = Insertions.endOf(fixed, JourneyPackage.Literals.SOLUTION__STAKEHOLDERS);
			if (last >= 0) {
				return insert(document, last, ", " + String.join(", ", names));
			}
			return insert(document, Insertions.intoBody(fixed, "stakeholders " + String.join(", ", names)));
		});
	}

	/** Two elements with one name: this one gets the next free numbered name. */
	@QuickFix(JourneyIssueCodes.DUPLICATE_NAME)
	public void renameDuplicate(DiagnosticResolutionAcceptor acceptor) {
		NamedElement element = JourneyQueries.ancestor(context().element(), NamedElement.class);
		if (element == null || element.getName() == null) {
			return;
		}
		String name = freeName(element);
		acceptor.accept("Rename to " + name, (diagnostic, marked, document) -> createTextEdit(diagnostic, name));
	}

	/** A reference to nothing: declares the element, in the catalogue file for catalogue elements (data: EClass, written name). */
	@QuickFix(JourneyIssueCodes.UNRESOLVED_REFERENCE)
	public void createMissingElement(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = context().data();
		if (data.size() < 2) {
			return;
		}
		EClass type = (EClass) JourneyPackage.eINSTANCE.getEClassifier(data.get(0));
		if (type != null) {
			context().extraResolutions().addAll(missingElementFiles.resolutions(context(), type, data.get(1)));
		}
	}

	private Map<String, IEObjectDescription> candidates(EObject element, EReference reference, EClass type) {
		return context().candidates(element, reference, type);
	}

	private static String titleOf(IEObjectDescription description) {
		EObject element = description.getEObjectOrProxy();
		if (element.eIsProxy()) {
			element = EcoreUtil.resolve(element, context().options().getResource());
		}
		return element instanceof NamedElement named && named.getTitle() != null ? " (" + named.getTitle() + ")" : "";
	}

	/** The name with the lowest number appended that no sibling uses. */
	private static String freeName(NamedElement element) {
		List<String> taken = new ArrayList<>();
		EObject scope = JourneyQueries.journeyOf(element) != null ? JourneyQueries.journeyOf(element) : element.eContainer();
		scope.eAllContents().forEachRemaining(other -> {
			if (other instanceof NamedElement named) {
				taken.add(named.getName());
			}
		});
		for (int number = 2;; number++) {
			if (!taken.contains(element.getName() + number)) {
				return element.getName() + number;
			}
		}
	}

	private static List<TextEdit> insert(Document document, int offset, String text) {
		return List.of(new TextEdit(new Range(document.getPosition(offset), document.getPosition(offset)), text));
	}

	private static List<TextEdit> insert(Document document, Insertions.Insertion insertion) {
		return insert(document, insertion.offset(), insertion.text());
	}
}
