package journey.dsl.validation;

/** Every issue code the journey validators report; quick fixes and tests refer to them by these names. */
public final class JourneyIssueCodes {

	private static final String PREFIX = "journey.";

	/** A single-valued property is written twice in one element; only one value could be kept. */
	public static final String DUPLICATE_PROPERTY = PREFIX + "duplicateProperty";

	/** A check failed with an exception; the other checks still ran. */
	public static final String CHECK_FAILED = PREFIX + "checkFailed";

	private JourneyIssueCodes() {
	}
}
