package journey.replay;

import java.util.List;

import journey.dsl.model.Stage;
import journey.dsl.model.Step;
import journey.dsl.model.Touchpoint;

/** The figures of one replayed log: what `journey replay` prints and `--update` writes back. */
public record ReplayResult(Summary summary, List<StepCount> steps, List<Branch> branches, List<End> ends, List<DurationRow> stageDurations,
		List<DurationRow> stepDurations, List<Variant> variants, List<TouchpointDeviations> deviations, List<AdHoc> adHoc, Fitness fitness,
		DerivedKpis kpis) {

	/** A row that could not be read: its number in the file (from 1, header not counted), the column at fault and why. */
	public record BadRow(long row, String column, String message) {
	}

	/**
	 * The log as read: events used, cases, rows skipped (all of them, though at most
	 * {@link Replay#BAD_ROWS_SHOWN} are listed), the first and last timestamp.
	 */
	public record Summary(long events, long cases, long skippedRows, List<BadRow> badRows, String firstEvent, String lastEvent) {
	}

	/** A step: how many cases reached it, and how many visits it had (a loop visits it again). */
	public record StepCount(Step step, long cases, long visits, Long declared) {
	}

	/**
	 * A move between steps, or the end of a case at {@code from} ({@code to} null). {@code kind} is
	 * the planned flow's word (next, alternative, loop, repeat, referral), "undeclared" for a move
	 * the journey does not plan, "drops" for a case ending where the journey goes on, "completed"
	 * for one ending where it ends. {@code share} is of the visits of {@code from}; {@code declared}
	 * is the planned share in percent, or null.
	 */
	public record Branch(Step from, Step to, String kind, long count, double share, Double declared) {
	}

	/** Where cases end: the step and how many ended there. */
	public record End(Step step, long cases, boolean completed) {
	}

	/** Days spent in a stage or step: median and 90th percentile over the cases; the target in days, or null. */
	public record DurationRow(Stage stage, Step step, long cases, double p50Days, double p90Days, Double targetDays) {
	}

	/** A path through the steps that cases took, and how many took it. */
	public record Variant(List<String> steps, long cases, double share) {
	}

	/**
	 * CJML deviations at one touchpoint: how often it happened, how often a visit of its step went
	 * without it (missing), happened on another channel (irregular), or failed (an outcome such as
	 * "failed", or a negative score); {@code outOfOrder} counts the visits of its step that no
	 * planned flow leads to.
	 */
	public record TouchpointDeviations(Touchpoint touchpoint, long events, long missing, long otherChannel, long failed, long outOfOrder) {
	}

	/** Events whose activity the journey does not know: ad-hoc touchpoints, by label. */
	public record AdHoc(String label, long events, long cases) {
	}

	/** How well cases fit the journey, 0..1: the mean over cases, and the share of cases without any deviation. */
	public record Fitness(double mean, double perfectShare) {
	}

	/**
	 * KPI values that follow from the events: conversion (the share of cases that reached the
	 * journey's last step), drop-out rate (the share that ended where a planned drop-out or an
	 * unplanned end left the journey), repeat rate (of the cases that reached a step with a repeat
	 * flow, the share that took it).
	 */
	public record DerivedKpis(double conversion, double dropOutRate, double repeatRate) {
	}
}
