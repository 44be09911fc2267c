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
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import journey.dsl.ide.serializer.ModelEdits;
import journey.dsl.model.Activity;
import journey.dsl.model.Channel;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Moment;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Party;
import journey.dsl.model.Persona;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.JourneyQueries;
import journey.dsl.validation.JourneyIssueCodes;

/**
 * The quick fixes of the journey validation issues, one {@code @QuickFix} method per issue code.
 * Where a fix depends on the workspace (one fix per known channel, team or persona), the choices are
 * read from the element's scope while the fixes are offered. A fix changes the model and
 * {@link ModelEdits} writes the change into the text, as a diagram save would.
 */
public class JourneyQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private static final ThreadLocal<FixContext> CONTEXT = new ThreadLocal<>();

	@Inject
	private IScopeProvider scopes;

	@Inject
	private MissingElementFiles missingElementFiles;

	@Inject
	private ModelEdits modelEdits;

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
					return change(document, fixed, () -> fixed.setChannel((Channel) resolve(channel, fixed)));
				}));
	}

	/** A process or activity without an owner: one fix per team it can name. */
	@QuickFix(JourneyIssueCodes.MISSING_OWNER)
	public void setOwner(DiagnosticResolutionAcceptor acceptor) {
		EObject marked = context().element();
		EReference ownerReference = marked instanceof Activity ? JourneyPackage.Literals.ACTIVITY__OWNER : JourneyPackage.Literals.PROCESS__OWNER;
		candidates(marked, ownerReference, JourneyPackage.Literals.TEAM).forEach((name, team) ->
				acceptor.accept("Set owner " + name + titleOf(team), (diagnostic, element, document) -> {
					EObject owned = element instanceof Activity ? element : JourneyQueries.ancestor(element, Process.class);
					return change(document, owned, () -> owned.eSet(ownerReference, resolve(team, owned)));
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
				acceptor.accept("Set owner " + name + titleOf(team), (diagnostic, element, document) -> {
					Solution fixed = JourneyQueries.ancestor(element, Solution.class);
					return change(document, fixed, () -> fixed.setOwner((Party) resolve(team, fixed)));
				}));
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
					return change(document, fixed, () -> fixed.setPersona((Persona) resolve(persona, fixed)));
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
		acceptor.accept("Change the emotion to " + clamped + " (the scale's " + end + ")", (diagnostic, element, document) -> {
			Moment fixed = JourneyQueries.ancestor(element, Moment.class);
			return change(document, fixed, () -> fixed.setEmotion(clamped));
		});
	}

	/** A pain point no opportunity relieves: a new opportunity in its journey that relieves it. */
	@QuickFix(JourneyIssueCodes.PAIN_WITHOUT_RESPONSE)
	public void createOpportunity(DiagnosticResolutionAcceptor acceptor) {
		PainPoint pain = JourneyQueries.ancestor(context().element(), PainPoint.class);
		if (pain == null || pain.getName() == null) {
			return;
		}
		String name = "Relieve" + pain.getName();
		acceptor.accept("Create opportunity " + name + " that relieves " + pain.getName(), (diagnostic, element, document) -> {
			PainPoint fixed = JourneyQueries.ancestor(element, PainPoint.class);
			Opportunity opportunity = JourneyFactory.eINSTANCE.createOpportunity();
			opportunity.setName(name);
			opportunity.getPainPoints().add(fixed);
			return change(document, fixed, () -> JourneyQueries.journeyOf(fixed).getOpportunities().add(opportunity));
		});
	}

	/** A solution missing stakeholders: adds them all (data: their qualified names). */
	@QuickFix(JourneyIssueCodes.MISSING_STAKEHOLDER)
	public void addStakeholders(DiagnosticResolutionAcceptor acceptor) {
		Solution solution = JourneyQueries.ancestor(context().element(), Solution.class);
		if (solution == null || context().data().isEmpty()) {
			return;
		}
		List<String> qualifiedNames = context().data();
		List<String> names = qualifiedNames.stream()
				.map(name -> context().shortestName(solution, JourneyPackage.Literals.SOLUTION__STAKEHOLDERS, name)).toList();
		acceptor.accept("Add " + String.join(", ", names) + " to the stakeholders", (diagnostic, element, document) -> {
			Solution fixed = JourneyQueries.ancestor(element, Solution.class);
			IScope scope = scopes.getScope(fixed, JourneyPackage.Literals.SOLUTION__STAKEHOLDERS);
			List<Party> parties = new ArrayList<>();
			for (String qualifiedName : qualifiedNames) {
				IEObjectDescription party = scope.getSingleElement(QualifiedName.create(qualifiedName.split("\\.")));
				if (party != null) {
					parties.add((Party) resolve(party, fixed));
				}
			}
			return change(document, fixed, () -> fixed.getStakeholders().addAll(parties));
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
		acceptor.accept("Rename to " + name, (diagnostic, marked, document) -> {
			NamedElement fixed = JourneyQueries.ancestor(marked, NamedElement.class);
			return change(document, fixed, () -> fixed.setName(name));
		});
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

	/** The element a candidate stands for, in the resource set of the model a fix changes. */
	private static EObject resolve(IEObjectDescription candidate, EObject context) {
		return EcoreUtil.resolve(candidate.getEObjectOrProxy(), context);
	}

	/** A fix's change of the model, as the edit of the document's text that a diagram save would make. */
	private List<TextEdit> change(Document document, EObject element, Runnable change) {
		return modelEdits.edit((XtextResource) element.eResource(), change)
				.map(edit -> List.of(new TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length())),
						edit.text())))
				.orElse(List.of());
	}
}
