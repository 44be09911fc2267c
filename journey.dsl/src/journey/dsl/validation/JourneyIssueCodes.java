package journey.dsl.validation;

/**
 * Every issue code the journey validators report. Codes are stable: quick fixes, the command
 * line's output and the tests refer to them. Where a quick fix needs more than the element, the
 * issue carries data, documented per code.
 */
public final class JourneyIssueCodes {

	private static final String PREFIX = "journey.";

	// ---- structure (StructureValidator)

	/** Two elements share a qualified name. Data: the duplicated simple name. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	/** A reference names nothing visible. Data: the target type's EClass name, the written name. */
	public static final String UNRESOLVED_REFERENCE = PREFIX + "unresolvedReference";
	/** A single-valued property is written twice in one element; only one value could be kept. */
	public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";
	public static final String DUPLICATE_REFERENCE = PREFIX + "duplicateReference";
	/** A journey names no persona (one point of view per journey, seed 004). */
	public static final String MISSING_PERSONA = PREFIX + "missingPersona";
	/** A journey has no stage. */
	public static final String JOURNEY_WITHOUT_STAGES = PREFIX + "journeyWithoutStages";
	/** A stage has no step. */
	public static final String STAGE_WITHOUT_STEPS = PREFIX + "stageWithoutSteps";
	/** A journey has fewer than four or more than twelve action steps (seed 004). */
	public static final String STEP_COUNT = PREFIX + "stepCount";
	/** An actual journey's planned journey is not in state planned or current. */
	public static final String PLANNED_JOURNEY_STATE = PREFIX + "plannedJourneyState";

	// ---- touchpoints and emotions (TouchpointValidator)

	/** A touchpoint names no channel. */
	public static final String MISSING_CHANNEL = PREFIX + "missingChannel";
	/** An emotion lies outside the journey's scale. Data: the scale's min and max. */
	public static final String EMOTION_OUT_OF_SCALE = PREFIX + "emotionOutOfScale";
	/** An emotion scale's minimum is not below its maximum, or a level lies outside it. */
	public static final String INVALID_SCALE = PREFIX + "invalidScale";

	// ---- company side (BlueprintValidator)

	/** No internal activity supports a touchpoint. */
	public static final String UNSUPPORTED_TOUCHPOINT = PREFIX + "unsupportedTouchpoint";
	/** A process or an activity has no owner (for an activity, neither its own nor its process's). */
	public static final String MISSING_OWNER = PREFIX + "missingOwner";
	/** A frontstage activity supports no touchpoint. */
	public static final String IDLE_FRONTSTAGE_ACTIVITY = PREFIX + "idleFrontstageActivity";
	/** A backstage or support activity that no touchpoint reaches, directly or through triggers. */
	public static final String UNREACHED_ACTIVITY = PREFIX + "unreachedActivity";

	// ---- KPIs (KpiValidator)

	/** A KPI value lies outside the range of its kind. Data: min, max (empty when unbounded). */
	public static final String KPI_OUT_OF_RANGE = PREFIX + "kpiOutOfRange";
	/** A KPI's declared direction contradicts what is known for its kind. Data: the kind's direction. */
	public static final String KPI_DIRECTION = PREFIX + "kpiDirection";
	/** A KPI's actual value misses its target. */
	public static final String KPI_MISSES_TARGET = PREFIX + "kpiMissesTarget";
	/** A KPI's measurements are not in date order. */
	public static final String MEASUREMENTS_OUT_OF_ORDER = PREFIX + "measurementsOutOfOrder";
	/** Two measurements of a KPI share a date. */
	public static final String DUPLICATE_MEASUREMENT_DATE = PREFIX + "duplicateMeasurementDate";

	// ---- flow and funnel (FlowValidator)

	/** A step's funnel count exceeds what its predecessors explain. */
	public static final String FUNNEL_INCREASE = PREFIX + "funnelIncrease";
	/** A step cannot be reached from the start of the journey. */
	public static final String UNREACHABLE_STEP = PREFIX + "unreachableStep";
	/** A next, alternative or loop flow has no target, or a flow leads to its own step. */
	public static final String FLOW_WITHOUT_TARGET = PREFIX + "flowWithoutTarget";
	/** Steps that loop among themselves with no way out (no flow leaves the group, no drop-out, not the end). */
	public static final String LOOP_WITHOUT_EXIT = PREFIX + "loopWithoutExit";
	/** The shares of a step's flows add up to more than 100%. */
	public static final String SHARES_EXCEED_100 = PREFIX + "sharesExceed100";

	/** A repeat purchase that leads forward instead of back to an earlier step. */
	public static final String REPEAT_LEADS_FORWARD = PREFIX + "repeatLeadsForward";

	// ---- stages (StageValidator)

	/** A stage's typical or actual duration is longer than its target (or may be, for a range). */
	public static final String DURATION_OVER_TARGET = PREFIX + "durationOverTarget";
	/** A stage group spans stages that do not follow one another, or out of map order. */
	public static final String GROUP_NOT_CONSECUTIVE = PREFIX + "groupNotConsecutive";
	/** A stage that two groups span. */
	public static final String STAGE_IN_TWO_GROUPS = PREFIX + "stageInTwoGroups";

	// ---- time (TimeValidator)

	/** A range such as 3-2 weeks whose ends are the wrong way round or equal. */
	public static final String RANGE_OUT_OF_ORDER = PREFIX + "rangeOutOfOrder";
	/** Timings whose anchors lead back to the moment itself. */
	public static final String TIMING_CIRCLE = PREFIX + "timingCircle";
	/** A step timed earlier than a step before it in the map. */
	public static final String TIMING_OUT_OF_ORDER = PREFIX + "timingOutOfOrder";

	// ---- the customer's side (BuyingGroupValidator)

	/** A buying group member named as an owner, stakeholder or performer: those are the company's own. */
	public static final String CUSTOMER_SIDE_OWNER = PREFIX + "customerSideOwner";
	/** A buying group member without their part in the decision. */
	public static final String MEMBER_WITHOUT_ROLE = PREFIX + "memberWithoutRole";
	/** A buying group without members. */
	public static final String EMPTY_BUYING_GROUP = PREFIX + "emptyBuyingGroup";

	// ---- improvement (ImprovementValidator)

	/** A pain point that no opportunity relieves. */
	public static final String PAIN_WITHOUT_RESPONSE = PREFIX + "painWithoutResponse";
	/** A solution without an owner. */
	public static final String SOLUTION_WITHOUT_OWNER = PREFIX + "solutionWithoutOwner";
	/** A solution that no KPI measures (seed 003: track KPIs for each improvement). */
	public static final String SOLUTION_WITHOUT_KPI = PREFIX + "solutionWithoutKpi";
	/**
	 * A solution's stakeholders miss the owner of a process behind a touchpoint it addresses.
	 * Data: the qualified names of the missing parties.
	 */
	public static final String MISSING_STAKEHOLDER = PREFIX + "missingStakeholder";

	// ---- planned versus actual (ConformanceValidator)
	/** How closely an actual journey followed its plan, as a share of the planned touchpoints. */
	public static final String CONFORMANCE = PREFIX + "conformance";
	/** A deviation of an actual journey from its plan, in CJML's categories: missing, ad hoc, irregular, failed. */
	public static final String DEVIATION = PREFIX + "deviation";

	/** A check failed with an exception; the other checks still ran. */
	public static final String CHECK_FAILED = PREFIX + "checkFailed";

	private JourneyIssueCodes() {
	}
}
