// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter and a cap (policy arithmetic with a seeded random source). */
public final class RetryPolicyTest {

	@Test
	void theCeilingDoublesFromTheBaseUpToTheCap() {
		RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(1));
		assertEquals(Duration.ofSeconds(1), policy.ceiling(0));
		assertEquals(Duration.ofSeconds(2), policy.ceiling(1));
		assertEquals(Duration.ofSeconds(256), policy.ceiling(8));
		assertEquals(Duration.ofMinutes(5), policy.ceiling(9));
		assertEquals(Duration.ofMinutes(5), policy.ceiling(61));
		assertEquals(Duration.ofMinutes(5), policy.ceiling(1000));
	}

	@Test
	void eachWaitIsUniformBetweenZeroAndTheCeilingAndASuccessResets() {
		RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(42));
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			Duration ceiling = policy.ceiling(policy.failures());
			Duration wait = policy.failed();
			assertFalse(wait.isNegative(), wait.toString());
			assertTrue(wait.compareTo(ceiling) <= 0, wait + " > " + ceiling);
			seen.add(wait.toMillis());
		}
		assertTrue(seen.size() > 150, "jitter spreads the waits: " + seen.size() + " distinct of 200");
		assertEquals(62, policy.failures());
		policy.succeeded();
		assertEquals(0, policy.failures());
		assertTrue(policy.failed().compareTo(Duration.ofSeconds(1)) <= 0);
	}

	@Test
	void theSameSeedGivesTheSameWaits() {
		RetryPolicy a = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(10), new Random(7));
		RetryPolicy b = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(10), new Random(7));
		for (int i = 0; i < 20; i++) {
			assertEquals(a.failed(), b.failed());
		}
	}

	@Test
	void theMeanWaitIsHalfTheCeiling() {
		RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), new Random(3));
		long sum = 0;
		int n = 4000;
		for (int i = 0; i < n; i++) {
			policy.succeeded();
			for (int k = 0; k < 5; k++) {
				policy.failed();
			}
			sum += policy.failed().toMillis();
		}
		double mean = sum / (double) n;
		assertTrue(Math.abs(mean - 4000) < 200, "mean " + mean + " ms, expected about 4000 (cap 8 s / 2)");
	}

	@Test
	void aBaseAboveTheCapIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), new Random()));
		assertThrows(IllegalArgumentException.class,
				() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), new Random()));
	}
}
