// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * When to try a failed synchronisation again: exponential backoff with full jitter. After the n-th failure in a row
 * (n from 0) the wait is a uniform random time in {@code [0, min(cap, base * 2^n)]}; a success resets the count.
 * Failures that retrying cannot fix (refused login, schema mismatch) are not retried at all: see
 * {@link SyncFailure#retryable()}.
 */
public final class RetryPolicy {

	/** The default base wait (1 s). */
	public static final Duration BASE = Duration.ofSeconds(1);

	/** The default longest wait (5 min). */
	public static final Duration CAP = Duration.ofMinutes(5);

	private final long baseMillis;
	private final long capMillis;
	private final Random random;
	private int failures;

	/**
	 * @param base   the first ceiling, positive
	 * @param cap    the largest ceiling, at least {@code base}
	 * @param random the source of jitter (seeded in tests)
	 */
	public RetryPolicy(Duration base, Duration cap, Random random) {
		this.baseMillis = base.toMillis();
		this.capMillis = cap.toMillis();
		this.random = Objects.requireNonNull(random, "random");
		if (baseMillis <= 0 || capMillis < baseMillis) {
			throw new IllegalArgumentException("need 0 < base <= cap, got " + base + " and " + cap);
		}
	}

	/** @return a policy with the default base and cap */
	public static RetryPolicy standard() {
		return new RetryPolicy(BASE, CAP, new Random());
	}

	/**
	 * Returns the ceiling of the wait after a given number of failures in a row, without jitter.
	 *
	 * @param failuresBefore failures before this one (0 for the first)
	 * @return {@code min(cap, base * 2^failuresBefore)}
	 */
	public Duration ceiling(int failuresBefore) {
		if (failuresBefore >= Long.numberOfLeadingZeros(baseMillis) - 1 || baseMillis << failuresBefore >= capMillis) {
			return Duration.ofMillis(capMillis);
		}
		return Duration.ofMillis(baseMillis << failuresBefore);
	}

	/**
	 * Records a failure and returns how long to wait before the next attempt.
	 *
	 * @return a uniform random time in {@code [0, ceiling(failures so far)]}
	 */
	public synchronized Duration failed() {
		long ceiling = ceiling(failures).toMillis();
		failures = Math.min(failures + 1, 62);
		return Duration.ofMillis(random.nextLong(ceiling + 1));
	}

	/** Records a success: the next failure waits at most {@code base} again. */
	public synchronized void succeeded() {
		failures = 0;
	}

	/** @return failures in a row since the last success */
	public synchronized int failures() {
		return failures;
	}
}
