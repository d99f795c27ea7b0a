// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import java.util.Objects;

/**
 * The durations recorded for one operation kind. Percentiles come from a histogram with a relative error of at most
 * 1/32 (about 3 %); the maximum is exact.
 *
 * @param kind   the operation kind
 * @param count  how many operations were recorded
 * @param p50    median duration, nanoseconds
 * @param p95    95th percentile, nanoseconds
 * @param max    longest duration, nanoseconds
 * @param errors how many of them failed
 */
public record Timing(String kind, long count, long p50, long p95, long max, long errors) {

	/** Checks the values. */
	public Timing {
		Objects.requireNonNull(kind, "kind");
	}

	/**
	 * Returns the share of operations that failed.
	 *
	 * @return errors / count, 0 when there were none
	 */
	public double errorRate() {
		return count == 0 ? 0 : (double) errors / count;
	}
}
