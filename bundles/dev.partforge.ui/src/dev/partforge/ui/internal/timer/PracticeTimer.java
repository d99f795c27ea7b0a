// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.timer;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.partforge.store.TimerState;

/**
 * The practice timer of one part, without any UI or storage: start, pause, reset, finish. Not thread-safe (the
 * {@link PracticeSession} guards it). The time source is a {@link Clock}, so tests can drive it.
 */
public final class PracticeTimer {

	/** Whether finished attempts become records. */
	public enum Mode {
		/** Attempts are recorded and count for personal bests. */
		TIMED,
		/** The clock runs, nothing is recorded. */
		TRAINING
	}

	/**
	 * A finished attempt.
	 *
	 * @param partId    the part
	 * @param millis    the time spent
	 * @param completed whether the part was completed (false: given up)
	 * @param mode      the mode the attempt ran in
	 */
	public record Attempt(String partId, long millis, boolean completed, Mode mode) {

		/** @return whether this attempt is to be written as a record */
		public boolean recorded() {
			return mode == Mode.TIMED;
		}
	}

	private final Clock clock;
	private String partId;
	private Instant startedAt;
	private long accumulated;
	private Mode mode = Mode.TIMED;

	/**
	 * Creates an idle timer.
	 *
	 * @param clock the time source
	 */
	public PracticeTimer(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Restores a timer from its saved state (a running timer keeps running: wall-clock time went on).
	 *
	 * @param state the saved state
	 * @param mode  the saved mode
	 */
	public void restore(TimerState state, Mode mode) {
		this.partId = state.partId();
		this.startedAt = state.startedAt().orElse(null);
		this.accumulated = state.accumulatedMillis();
		this.mode = Objects.requireNonNull(mode, "mode");
	}

	/**
	 * Makes a part the timed one. Opening another part discards the unfinished time of the previous one; opening the
	 * same part again changes nothing.
	 *
	 * @param id the part id
	 * @return whether the part changed
	 */
	public boolean open(String id) {
		Objects.requireNonNull(id, "id");
		if (id.equals(partId)) {
			return false;
		}
		partId = id;
		startedAt = null;
		accumulated = 0;
		return true;
	}

	/** Starts or resumes the clock; does nothing if it runs or no part is open. */
	public void start() {
		if (partId != null && startedAt == null) {
			startedAt = clock.instant();
		}
	}

	/** Pauses the clock, keeping the elapsed time. */
	public void pause() {
		if (startedAt != null) {
			accumulated = elapsedMillis();
			startedAt = null;
		}
	}

	/** Stops the clock and sets the elapsed time to zero (the part stays open). */
	public void reset() {
		startedAt = null;
		accumulated = 0;
	}

	/**
	 * Ends the attempt: the clock stops and resets, the part stays open.
	 *
	 * @param completed true for "Completed", false for "Give up"
	 * @return the attempt, or empty if no part is open
	 */
	public Optional<Attempt> finish(boolean completed) {
		if (partId == null) {
			return Optional.empty();
		}
		Attempt attempt = new Attempt(partId, elapsedMillis(), completed, mode);
		reset();
		return Optional.of(attempt);
	}

	/**
	 * Sets the mode of the current and later attempts.
	 *
	 * @param value the mode
	 */
	public void setMode(Mode value) {
		this.mode = Objects.requireNonNull(value, "value");
	}

	/** @return the mode */
	public Mode mode() {
		return mode;
	}

	/** @return the open part, if any */
	public Optional<String> partId() {
		return Optional.ofNullable(partId);
	}

	/** @return whether the clock runs */
	public boolean isRunning() {
		return startedAt != null;
	}

	/** @return the elapsed time of the current attempt */
	public long elapsedMillis() {
		long running = startedAt == null ? 0 : Math.max(0, clock.millis() - startedAt.toEpochMilli());
		return accumulated + running;
	}

	/** @return the state to save, empty when no part is open */
	public Optional<TimerState> state() {
		return partId == null ? Optional.empty()
				: Optional.of(new TimerState(partId, Optional.ofNullable(startedAt), accumulated));
	}
}
