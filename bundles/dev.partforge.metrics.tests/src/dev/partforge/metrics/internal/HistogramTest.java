// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Percentiles within the bucket width, exact maximum, fixed size, and the saved form. */
class HistogramTest {

	@Test
	void percentilesAreWithinOneThirtySecondOfTheExactOnes() {
		Random random = new Random(7);
		long[] values = new long[100_000];
		Histogram h = new Histogram();
		for (int i = 0; i < values.length; i++) {
			values[i] = (long) Math.exp(random.nextDouble() * Math.log(60e9)); // 1 ns .. 60 s, log-uniform
			h.add(values[i]);
		}
		Arrays.sort(values);
		for (double q : new double[] { 0.5, 0.95, 0.99 }) {
			long exact = values[(int) Math.ceil(q * values.length) - 1];
			long estimate = h.percentile(q);
			assertTrue(Math.abs(estimate - exact) <= Math.max(1, exact / 32), q + ": " + estimate + " vs " + exact);
		}
		assertEquals(values[values.length - 1], h.max());
		assertEquals(values.length, h.count());
	}

	@Test
	void smallValuesAreExactAndHugeOnesShareTheLastBucket() {
		Histogram h = new Histogram();
		for (long v = 0; v < 32; v++) {
			h.add(v);
		}
		assertEquals(15, h.percentile(0.5));
		assertEquals(Histogram.BUCKETS - 1, Histogram.index(Long.MAX_VALUE));
		assertEquals(Histogram.BUCKETS - 1, Histogram.index(1L << 46));
		h.add(Long.MAX_VALUE);
		h.add(-5);
		assertEquals(Long.MAX_VALUE, h.max());
		assertEquals(34, h.count());
	}

	@Test
	void bucketsNeverOverlap() {
		int last = -1;
		for (int exponent = 0; exponent < 62; exponent++) {
			for (long v : new long[] { 1L << exponent, (1L << exponent) + (1L << exponent) / 2 }) {
				int index = Histogram.index(v);
				assertTrue(index >= last && index < Histogram.BUCKETS, v + " -> " + index);
				last = index;
			}
		}
	}

	@Test
	void savedFormRoundTripsAndIsChecked() {
		Histogram h = new Histogram();
		for (long v = 1; v < 1_000_000; v += 997) {
			h.add(v * 1000);
		}
		Histogram back = Histogram.decode(h.encode());
		assertEquals(h.encode(), back.encode());
		assertEquals(h.percentile(0.95), back.percentile(0.95));
		assertThrows(IllegalArgumentException.class, () -> Histogram.decode("3 10 5:2"));
		assertThrows(IllegalArgumentException.class, () -> Histogram.decode("1 10 99999:1"));
		assertThrows(NumberFormatException.class, () -> Histogram.decode("x y z"));
	}
}
