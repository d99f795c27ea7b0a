// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of the practice timer of one part.
 *
 * @param partId the part being timed
 * @param startedAt when the current running interval started, empty while paused
 * @param accumulatedMillis time of the finished intervals
 */
public record TimerState(String partId, Optional<Instant> startedAt, long accumulatedMillis) {

	/**
	 * Creates a timer state.
	 *
	 * @param partId not null
	 * @param startedAt not null
	 * @param accumulatedMillis not negative
	 */
	public TimerState {
		Objects.requireNonNull(partId, "partId");
		Objects.requireNonNull(startedAt, "startedAt");
		if (accumulatedMillis < 0) {
			throw new IllegalArgumentException("accumulatedMillis must not be negative: " + accumulatedMillis);
		}
	}

	/**
	 * Returns the total elapsed time at an instant.
	 *
	 * @param now the current time
	 * @return accumulated time plus the running interval
	 */
	public long elapsedMillis(Instant now) {
		return accumulatedMillis + startedAt.map(s -> Math.max(0, now.toEpochMilli() - s.toEpochMilli())).orElse(0L);
	}
}
