// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * {@link TimelineThinning}: a series of 10⁶ attempts becomes at most two points per column, the shortest and the
 * longest attempt of every column (so the chart's extremes stay), in x order, no point where there was none; a
 * small series stays as it is.
 */
class TimelineThinningTest {

	private static final double X_MIN = TimelineScale.X_MIN;

	/** {x, y}: n attempts over the given days (ascending x, as the timeline places them), 10 s to 30 min. */
	private static double[][] attempts(int n, int days, long seed) {
		Random random = new Random(seed);
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = (double) i * days / n - 0.5 + 0.5 / n;
			y[i] = 10 / 60.0 + random.nextDouble() * 30;
		}
		return new double[][] { x, y };
	}

	@Test
	void aSmallSeriesKeepsEveryAttempt() {
		double[][] xy = attempts(2 * 50, 10, 1);
		double[][] thin = TimelineThinning.thin(xy[0], xy[1], X_MIN, 9.5, 50);
		assertSame(xy[0], thin[0]);
		assertSame(xy[1], thin[1]);
	}

	@Test
	void aMillionAttemptsBecomeTheExtremesOfEachColumn() {
		int columns = TimelineThinning.COLUMNS;
		int days = 365;
		double[][] xy = attempts(1_000_000, days, 2);
		double xMax = days - 0.5;
		double[][] thin = TimelineThinning.thin(xy[0], xy[1], X_MIN, xMax, columns);

		assertEquals(thin[0].length, thin[1].length);
		assertTrue(thin[0].length <= 2 * columns, thin[0].length + " points for " + columns + " columns");
		for (int i = 1; i < thin[0].length; i++) {
			assertTrue(thin[0][i] > thin[0][i - 1], "x ascending at " + i);
		}
		// the chart's extremes stay
		assertTrue(Arrays.stream(thin[1]).anyMatch(v -> v == Arrays.stream(xy[1]).min().orElseThrow()));
		assertTrue(Arrays.stream(thin[1]).anyMatch(v -> v == Arrays.stream(xy[1]).max().orElseThrow()));
		// every column keeps exactly its shortest and its longest attempt, and nothing else
		double width = (xMax - X_MIN) / columns;
		double[] min = new double[columns];
		double[] max = new double[columns];
		Arrays.fill(min, Double.POSITIVE_INFINITY);
		Arrays.fill(max, Double.NEGATIVE_INFINITY);
		Set<String> expected = new HashSet<>();
		for (int i = 0; i < xy[0].length; i++) {
			int c = Math.min(columns - 1, (int) ((xy[0][i] - X_MIN) / width));
			min[c] = Math.min(min[c], xy[1][i]);
			max[c] = Math.max(max[c], xy[1][i]);
		}
		for (int i = 0; i < xy[0].length; i++) {
			int c = Math.min(columns - 1, (int) ((xy[0][i] - X_MIN) / width));
			if (xy[1][i] == min[c] || xy[1][i] == max[c]) {
				expected.add(xy[0][i] + "," + xy[1][i]);
			}
		}
		Set<String> kept = new HashSet<>();
		for (int i = 0; i < thin[0].length; i++) {
			kept.add(thin[0][i] + "," + thin[1][i]);
		}
		assertEquals(expected, kept);
		assertEquals(2 * columns, thin[0].length, "every column has attempts: two points each");
	}

	@Test
	void daysWithoutAttemptsGainNoPoint() {
		// 100,000 attempts on day 0 and on day 99, none between
		double[][] xy = attempts(100_000, 2, 3);
		double[] x = Arrays.stream(xy[0]).map(v -> v < 0.5 ? v : v + 98).toArray();
		double[][] thin = TimelineThinning.thin(x, xy[1], X_MIN, 99.5, 1_000);
		assertTrue(thin[0].length <= 2 * 20, "two days of the chart's 100 are 20 of its 1,000 columns");
		assertTrue(Arrays.stream(thin[0]).allMatch(v -> v < 0.5 || v >= 98.5), Arrays.toString(thin[0]));
		assertArrayEquals(new double[] { Arrays.stream(xy[1]).min().orElseThrow(),
				Arrays.stream(xy[1]).max().orElseThrow() },
				new double[] { Arrays.stream(thin[1]).min().orElseThrow(), Arrays.stream(thin[1]).max().orElseThrow() });
	}
}
