package journey.sirius.services;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;

import journey.dsl.model.Channel;
import journey.dsl.model.Flow;
import journey.dsl.model.FlowKind;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Moment;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;
import journey.dsl.query.BuyingGroups;
import journey.dsl.query.CustomerRoles;
import journey.dsl.query.Durations;
import journey.dsl.query.EmotionScales;
import journey.dsl.query.Timings;
import journey.dsl.query.JourneyQueries;

/**
 * The services of the journey map: labels of steps, touchpoints, flows and pain points, the
 * emotion band that colours a moment, and the map's editing tools. Stateless.
 */
public class JourneyMapServices {

	private static final JourneyFactory FACTORY = JourneyFactory.eINSTANCE;

	// ------------------------------------------------------------------ labels

	/** The journey's title and the members of its buying group, with their part in the decision. */
	public String journeyLabel(Journey journey) {
		String title = JourneyQueries.label(journey);
		if (journey.getBuyingGroup() == null || journey.getBuyingGroup().getMembers().isEmpty()) {
			return title;
		}
		return title + "\nBuying group: " + journey.getBuyingGroup().getMembers().stream()
				.map(member -> JourneyQueries.label(member) + (member.isSetBuyingRole() ? " (" + member.getBuyingRole().getLiteral() + ")" : ""))
				.collect(Collectors.joining(", "));
	}

	/** The stage's title, the groups it belongs to, how long it takes against its target, and the customer's questions. */
	public String stageLabel(Stage stage) {
		StringBuilder label = new StringBuilder(JourneyQueries.label(stage));
		Journey journey = JourneyQueries.journeyOf(stage);
		if (journey != null) {
			journey.getGroups().stream().filter(group -> group.getStages().contains(stage))
					.forEach(group -> label.append("\n").append(JourneyQueries.label(group)));
		}
		List<String> times = Durations.ofStage(stage);
		if (!times.isEmpty()) {
			label.append("\n").append(String.join(", ", times));
		}
		if (!stage.getQuestions().isEmpty()) {
			label.append("\nasks: ").append(String.join(" / ", stage.getQuestions()));
		}
		return label.toString();
	}

	/** The step's title, the customer role it is taken in, how many customers reach it, when, and the customer's questions. */
	public String stepLabel(Step step) {
		List<String> facts = new ArrayList<>();
		String role = CustomerRoles.of(step);
		if (role != null) {
			facts.add("as " + role);
		}
		if (step.getReached() != null) {
			facts.add("reached by " + step.getReached());
		}
		String emotion = emotionText(step);
		if (!emotion.isEmpty()) {
			facts.add("feels " + emotion);
		}
		String title = JourneyQueries.label(step);
		StringBuilder label = new StringBuilder(facts.isEmpty() ? title : title + "\n" + String.join(", ", facts));
		String when = Timings.when(step);
		if (!when.isEmpty()) {
			label.append("\nwhen: ").append(when);
		}
		if (!step.getQuestions().isEmpty()) {
			label.append("\nasks: ").append(String.join(" / ", step.getQuestions()));
		}
		return label.toString();
	}

	/** The touchpoint's title, its channel and its emotion on the journey's scale. */
	public String touchpointLabel(Touchpoint touchpoint) {
		StringBuilder label = new StringBuilder(JourneyQueries.label(touchpoint));
		Channel channel = touchpoint.getChannel();
		if (channel != null && !channel.eIsProxy()) {
			label.append("\nvia ").append(JourneyQueries.label(channel));
		}
		String when = Timings.when(touchpoint);
		if (!when.isEmpty()) {
			label.append("\nwhen: ").append(when);
		}
		String with = touchpoint.getDealsWith().stream().filter(party -> !party.eIsProxy())
				.map(party -> JourneyQueries.label(party) + (BuyingGroups.isCustomerSide(party) ? " (customer)" : "")).collect(Collectors.joining(", "));
		if (!with.isEmpty()) {
			label.append("\nwith ").append(with);
		}
		String emotion = emotionText(touchpoint);
		if (!emotion.isEmpty()) {
			label.append("\nfeels ").append(emotion);
		}
		return label.toString();
	}

	/** The emotion as the scale names it, with its value: "very negative (-2)"; empty when none is given. */
	private static String emotionText(Moment moment) {
		Integer emotion = moment.getEmotion();
		if (emotion == null) {
			return "";
		}
		String label = EmotionScales.of(JourneyQueries.journeyOf(moment)).label(emotion);
		return label.equals(Integer.toString(emotion)) ? label : label + " (" + emotion + ")";
	}

	/**
	 * Where the emotion lies on the journey's scale: "negative" below its middle, "positive" above,
	 * "neutral" on it, "none" without an emotion. Colours and icons are chosen by this band.
	 */
	public String emotionBand(Moment moment) {
		Integer emotion = moment.getEmotion();
		if (emotion == null) {
			return "none";
		}
		return EmotionScales.of(JourneyQueries.journeyOf(moment)).band(emotion).word();
	}

	public String flowLabel(Flow flow) {
		StringBuilder label = new StringBuilder(flow.getKind() == FlowKind.DROPOUT ? "drops" : flow.getKind().getLiteral());
		if (flow.getShare() != null) {
			label.append(' ').append(flow.getShare().toPlainString()).append('%');
		}
		if (flow.getReason() != null) {
			label.append(": ").append(flow.getReason());
		}
		return label.toString();
	}

	public String painPointLabel(PainPoint painPoint) {
		String severity = painPoint.isSetSeverity() ? " [" + painPoint.getSeverity().getLiteral() + "]" : "";
		return JourneyQueries.label(painPoint) + severity;
	}

	// ------------------------------------------------------------------ candidates

	/** The drop-outs of the journey's steps, shown as end nodes of the map. */
	public List<Flow> dropOuts(Journey journey) {
		return JourneyQueries.steps(journey).stream().flatMap(step -> step.getFlows().stream())
				.filter(flow -> flow.getKind() == FlowKind.DROPOUT).toList();
	}

	/** The flows between steps (next, alternative, loop, repeat purchase, referral). */
	public List<Flow> stepFlows(Journey journey) {
		return JourneyQueries.steps(journey).stream().flatMap(step -> step.getFlows().stream())
				.filter(flow -> flow.getKind() != FlowKind.DROPOUT && flow.getTarget() != null).toList();
	}

	// ------------------------------------------------------------------ creation tools

	public Stage createStage(Journey journey) {
		return ElementServices.addNamed(FACTORY.createStage(), journey, "NewStage", journey.getStages());
	}

	public Step createStep(Stage stage) {
		return ElementServices.addNamed(FACTORY.createStep(), JourneyQueries.journeyOf(stage), "NewStep", stage.getSteps());
	}

	/** A touchpoint on the step, via the channel of the step's last touchpoint, else the journey's first, else the first visible one. */
	public Touchpoint createTouchpoint(Step step) {
		Touchpoint touchpoint = FACTORY.createTouchpoint();
		touchpoint.setChannel(defaultChannel(step));
		return ElementServices.addNamed(touchpoint, JourneyQueries.journeyOf(step), "NewTouchpoint", step.getTouchpoints());
	}

	/** The channel a new touchpoint gets: the step's last one, else the journey's first, else the first visible channel. */
	private static Channel defaultChannel(Step step) {
		for (int i = step.getTouchpoints().size() - 1; i >= 0; i--) {
			Channel channel = step.getTouchpoints().get(i).getChannel();
			if (channel != null && !channel.eIsProxy()) {
				return channel;
			}
		}
		Journey journey = JourneyQueries.journeyOf(step);
		if (journey != null) {
			for (Touchpoint touchpoint : JourneyQueries.touchpoints(journey)) {
				if (touchpoint.getChannel() != null && !touchpoint.getChannel().eIsProxy()) {
					return touchpoint.getChannel();
				}
			}
		}
		List<Channel> visible = JourneyQueries.visibleFrom(step, JourneyPackage.Literals.TOUCHPOINT__CHANNEL, Channel.class);
		return visible.isEmpty() ? null : visible.get(0);
	}

	/** A pain point on a step or touchpoint. */
	public PainPoint createPainPoint(Moment moment) {
		return ElementServices.addNamed(FACTORY.createPainPoint(), JourneyQueries.journeyOf(moment), "NewPainPoint", moment.getPainPoints());
	}

	/** A flow from one step to another; the first explicit flow of a step replaces its implicit next step. */
	public Flow createFlow(Step source, Step target) {
		Flow flow = FACTORY.createFlow();
		flow.setKind(FlowKind.NEXT);
		flow.setTarget(target);
		source.getFlows().add(flow);
		return flow;
	}

	// ------------------------------------------------------------------ moving

	/** Whether the touchpoint can be dropped on the step: it belongs to another step of the same journey. */
	public boolean canMoveTouchpoint(Step step, Touchpoint touchpoint) {
		return touchpoint.eContainer() != step && JourneyQueries.journeyOf(step) == JourneyQueries.journeyOf(touchpoint);
	}

	/** The touchpoint moves to the step, after its touchpoints. Its name, by which insights refer to it, stays. */
	public Touchpoint moveTouchpoint(Step step, Touchpoint touchpoint) {
		if (canMoveTouchpoint(step, touchpoint)) {
			step.getTouchpoints().add(touchpoint);
		}
		return touchpoint;
	}

	/** Whether the step can be dropped on the stage: it belongs to another stage of the same journey. */
	public boolean canMoveStep(Stage stage, Step step) {
		return step.eContainer() != stage && JourneyQueries.journeyOf(stage) == JourneyQueries.journeyOf(step);
	}

	/** The step moves to the end of the stage; its flows, which name their target step, stay as they are. */
	public Step moveStep(Stage stage, Step step) {
		if (canMoveStep(stage, step)) {
			stage.getSteps().add(step);
		}
		return step;
	}

	/** Whether the stage has a stage before it. */
	public boolean canMoveEarlier(Stage stage) {
		return stage.eContainer() instanceof Journey journey && journey.getStages().indexOf(stage) > 0;
	}

	/** Whether the stage has a stage after it. */
	public boolean canMoveLater(Stage stage) {
		return stage.eContainer() instanceof Journey journey && journey.getStages().indexOf(stage) < journey.getStages().size() - 1;
	}

	/** The stage changes places with the stage before it. */
	public Stage moveEarlier(Stage stage) {
		if (canMoveEarlier(stage)) {
			EList<Stage> stages = ((Journey) stage.eContainer()).getStages();
			int index = stages.indexOf(stage);
			stages.move(index - 1, index);
		}
		return stage;
	}

	/** The stage changes places with the stage after it. */
	public Stage moveLater(Stage stage) {
		if (canMoveLater(stage)) {
			EList<Stage> stages = ((Journey) stage.eContainer()).getStages();
			int index = stages.indexOf(stage);
			stages.move(index + 1, index);
		}
		return stage;
	}
}
