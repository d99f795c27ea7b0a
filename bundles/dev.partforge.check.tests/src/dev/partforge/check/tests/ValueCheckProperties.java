// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.tests;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import dev.partforge.check.ValueAnswer;

/**
 * The check by value is symmetric around the exact value and exact at the tolerance boundary. Values are multiples of
 * 2^-10 below 2^40, so that {@code exact ± offset} is computed without rounding and the two answers are really equally
 * far from the exact value.
 */
public final class ValueCheckProperties {

	private static final double STEP = 1.0 / 1024;

	/** An answer as far above the exact value as another is below it gets the same result. */
	@Property(tries = 2000)
	boolean symmetricAroundTheExactValue(@ForAll @LongRange(min = 1, max = 1L << 30) long exactSteps,
			@ForAll @LongRange(min = 0, max = 1L << 28) long offsetSteps, @ForAll @IntRange(min = 0, max = 2000) int tolerance) {
		double exact = exactSteps * STEP * 1024;
		double offset = Math.min(offsetSteps * STEP, exact);
		double percent = tolerance / 100.0;
		boolean above = ValueAnswer.withinTolerance(exact + offset, exact, percent);
		boolean below = ValueAnswer.withinTolerance(exact - offset, exact, percent);
		boolean expected = new BigDecimal(offset).multiply(BigDecimal.valueOf(100))
				.compareTo(new BigDecimal(exact).multiply(new BigDecimal(percent))) <= 0;
		return above == below && above == expected;
	}

	/**
	 * At the boundary: an answer exactly the tolerance away (exact = 200 k, 0.5 % = k) is correct on both sides, one
	 * step further is wrong on both sides.
	 */
	@Property(tries = 1000)
	boolean exactAtTheBoundary(@ForAll @LongRange(min = 1, max = 1L << 30) long k) {
		double exact = 200.0 * k;
		double at = k;
		double beyond = k + Math.ulp(exact) * 2;
		return ValueAnswer.withinTolerance(exact + at, exact, 0.5) && ValueAnswer.withinTolerance(exact - at, exact, 0.5)
				&& !ValueAnswer.withinTolerance(exact + beyond, exact, 0.5)
				&& !ValueAnswer.withinTolerance(exact - beyond, exact, 0.5);
	}
}
