package journey.sirius;

/**
 * The names of the Journey viewpoint's representations, layers, mappings and tools, exactly as
 * {@code description/journey.odesign} spells them, grouped and prefixed by diagram. Code and tests
 * refer to the specification through these constants; journey.tests checks that both sides agree.
 */
public final class JourneyViewpointIds {

	/** The plug-in that holds the specification. */
	public static final String PLUGIN_ID = "journey.sirius";

	/** Where the specification lies inside the plug-in. */
	public static final String ODESIGN_PATH = "description/journey.odesign";

	/** The viewpoint; its URI is {@link #viewpointUri()}. */
	public static final String VIEWPOINT = "Journey";

	/** The file extension the viewpoint applies to. */
	public static final String FILE_EXTENSION = "journey";

	/** The services classes the specification declares as its Java extensions: the shared ones, then one per representation. */
	public static final java.util.List<String> SERVICES_CLASSES = java.util.List.of("journey.sirius.services.ElementServices",
			"journey.sirius.services.JourneyMapServices", "journey.sirius.services.BlueprintServices",
			"journey.sirius.services.ImprovementBoardServices", "journey.sirius.services.KpiTableServices");

	private JourneyViewpointIds() {
	}

	/** The URI by which Sirius knows the viewpoint. */
	public static String viewpointUri() {
		return "viewpoint:/" + PLUGIN_ID + "/" + VIEWPOINT;
	}

	/** The journey map: stage columns left to right, steps and touchpoints inside, pain points, key moments and flows. */
	public static final class JourneyMap {

		public static final String ID = "JourneyMap";

		// Layers
		public static final String DEFAULT = "JM_Default";

		// Tool sections
		public static final String TOOLS = "JM_Tools";

		// Node and container mappings
		public static final String DROP_OUT = "JM_DropOut";
		public static final String JOURNEY = "JM_Journey";
		public static final String STAGE = "JM_Stage";
		public static final String STEP = "JM_Step";
		public static final String STEP_PAIN_POINT = "JM_StepPainPoint";
		public static final String TOUCHPOINT = "JM_Touchpoint";
		public static final String TOUCHPOINT_PAIN_POINT = "JM_TouchpointPainPoint";

		// Edge mappings
		public static final String FLOW = "JM_Flow";
		public static final String DROP_OUT_FLOW = "JM_DropOutFlow";

		// Tools
		public static final String CREATE_STAGE = "JM_CreateStage";
		public static final String CREATE_STEP = "JM_CreateStep";
		public static final String CREATE_TOUCHPOINT = "JM_CreateTouchpoint";
		public static final String CREATE_PAIN_POINT = "JM_CreatePainPoint";
		public static final String CREATE_FLOW = "JM_CreateFlow";
		public static final String DELETE_ELEMENT = "JM_DeleteElement";
		public static final String EDIT_LABEL = "JM_EditLabel";
		public static final String KEEP_ELEMENT = "JM_KeepElement";
		public static final String MOVE_TOUCHPOINT = "JM_MoveTouchpoint";
		public static final String MOVE_STEP = "JM_MoveStep";
		public static final String MOVE_STAGE_EARLIER = "JM_MoveStageEarlier";
		public static final String MOVE_STAGE_LATER = "JM_MoveStageLater";

		// Decorations
		public static final String KEY_MOMENT_DECORATION = "JM_KeyMomentDecoration";
		public static final String NEGATIVE_EMOTION_DECORATION = "JM_NegativeEmotionDecoration";
		public static final String NEUTRAL_EMOTION_DECORATION = "JM_NeutralEmotionDecoration";
		public static final String POSITIVE_EMOTION_DECORATION = "JM_PositiveEmotionDecoration";

		private JourneyMap() {
		}
	}

	/** The service blueprint (company journey map): stage columns crossed by the blueprint lanes. */
	public static final class ServiceBlueprint {

		public static final String ID = "ServiceBlueprint";

		// Layers
		public static final String DEFAULT = "BP_Default";
		public static final String SYSTEMS = "BP_Systems";
		public static final String WARNINGS = "BP_Warnings";

		// Tool sections
		public static final String TOOLS = "BP_Tools";

		// Node and container mappings
		public static final String JOURNEY = "BP_Journey";
		public static final String STAGE = "BP_Stage";
		public static final String EVIDENCE_LANE = "BP_EvidenceLane";
		public static final String EVIDENCE = "BP_Evidence";
		public static final String CUSTOMER_LANE = "BP_CustomerLane";
		public static final String STEP = "BP_Step";
		public static final String TOUCHPOINT = "BP_Touchpoint";
		public static final String LINE_OF_INTERACTION = "BP_LineOfInteraction";
		public static final String FRONTSTAGE_LANE = "BP_FrontstageLane";
		public static final String FRONTSTAGE_ACTIVITY = "BP_FrontstageActivity";
		public static final String LINE_OF_VISIBILITY = "BP_LineOfVisibility";
		public static final String BACKSTAGE_LANE = "BP_BackstageLane";
		public static final String BACKSTAGE_ACTIVITY = "BP_BackstageActivity";
		public static final String LINE_OF_INTERNAL_INTERACTION = "BP_LineOfInternalInteraction";
		public static final String SUPPORT_LANE = "BP_SupportLane";
		public static final String SUPPORT_ACTIVITY = "BP_SupportActivity";
		public static final String SYSTEM = "BP_System";
		public static final String ATTENTION = "BP_Attention";
		public static final String ATTENTION_ITEM = "BP_AttentionItem";

		// Edge mappings
		public static final String SUPPORTS = "BP_Supports";
		public static final String TRIGGERS = "BP_Triggers";
		public static final String USES = "BP_Uses";

		// Tools
		public static final String CREATE_STAGE = "BP_CreateStage";
		public static final String CREATE_STEP = "BP_CreateStep";
		public static final String CREATE_TOUCHPOINT = "BP_CreateTouchpoint";
		public static final String CREATE_FRONTSTAGE_ACTIVITY = "BP_CreateFrontstageActivity";
		public static final String CREATE_BACKSTAGE_ACTIVITY = "BP_CreateBackstageActivity";
		public static final String CREATE_SUPPORT_ACTIVITY = "BP_CreateSupportActivity";
		public static final String LINK_SUPPORT = "BP_LinkSupport";
		public static final String RECONNECT_SUPPORT_TARGET = "BP_ReconnectSupportTarget";
		public static final String RECONNECT_SUPPORT_SOURCE = "BP_ReconnectSupportSource";
		public static final String DELETE_SUPPORT = "BP_DeleteSupport";
		public static final String DELETE_USES = "BP_DeleteUses";
		public static final String DELETE_ELEMENT = "BP_DeleteElement";
		public static final String EDIT_LABEL = "BP_EditLabel";
		public static final String KEEP_ELEMENT = "BP_KeepElement";
		public static final String SET_OWNER = "BP_SetOwner";
		public static final String LINK_TRIGGER = "BP_LinkTrigger";
		public static final String DELETE_TRIGGER = "BP_DeleteTrigger";
		public static final String REMOVE_ACTIVITY = "BP_RemoveActivity";
		public static final String MOVE_TO_FRONTSTAGE = "BP_MoveToFrontstage";
		public static final String MOVE_TO_BACKSTAGE = "BP_MoveToBackstage";
		public static final String MOVE_TO_SUPPORT = "BP_MoveToSupport";

		// Decorations
		public static final String UNOWNED_DECORATION = "BP_UnownedDecoration";
		public static final String UNSUPPORTED_DECORATION = "BP_UnsupportedDecoration";

		private ServiceBlueprint() {
		}
	}

	/** The improvement board: pain points, insights, opportunities and solutions. */
	public static final class ImprovementBoard {

		public static final String ID = "ImprovementBoard";

		// Layers
		public static final String DEFAULT = "IB_Default";

		// Tool sections
		public static final String TOOLS = "IB_Tools";

		// Node and container mappings
		public static final String PAIN_POINT = "IB_PainPoint";
		public static final String INSIGHT = "IB_Insight";
		public static final String OPPORTUNITY = "IB_Opportunity";
		public static final String SOLUTION = "IB_Solution";

		// Edge mappings
		public static final String FROM_INSIGHT = "IB_FromInsight";
		public static final String RELIEVES = "IB_Relieves";
		public static final String ADDRESSES = "IB_Addresses";

		// Tools
		public static final String CREATE_INSIGHT = "IB_CreateInsight";
		public static final String CREATE_OPPORTUNITY = "IB_CreateOpportunity";
		public static final String CREATE_SOLUTION = "IB_CreateSolution";
		public static final String LINK_INSIGHT = "IB_LinkInsight";
		public static final String LINK_PAIN_POINT = "IB_LinkPainPoint";
		public static final String LINK_OPPORTUNITY = "IB_LinkOpportunity";
		public static final String DELETE_LINK = "IB_DeleteLink";
		public static final String DELETE_ELEMENT = "IB_DeleteElement";
		public static final String EDIT_LABEL = "IB_EditLabel";
		public static final String SET_OWNER = "IB_SetOwner";

		private ImprovementBoard() {
		}
	}

	/** The KPI table: one line per KPI of the journey, its stages and touchpoints. */
	public static final class KpiTable {

		public static final String ID = "KpiTable";

		// Line mappings
		public static final String KPI = "KT_Kpi";

		// Column mappings
		public static final String SUBJECT = "KT_Subject";
		public static final String KIND = "KT_Kind";
		public static final String TARGET = "KT_Target";
		public static final String ACTUAL = "KT_Actual";
		public static final String STATUS = "KT_Status";
		public static final String LAST_MEASURED = "KT_LastMeasured";
		public static final String OWNER = "KT_Owner";
		public static final String CADENCE = "KT_Cadence";

		// Tools (the columns' in-place edits have no names of their own: kind, target, actual, owner and cadence are edited in place)
		public static final String CREATE_KPI = "KT_CreateKpi";
		public static final String DELETE_KPI = "KT_DeleteKpi";

		private KpiTable() {
		}
	}
}
