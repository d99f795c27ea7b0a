// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

import java.util.Locale;
import java.util.Optional;

/**
 * The result of checking an answer.
 *
 * @param correct whether the answer is within the tolerance
 * @param exact the exact value, in the answer's unit
 * @param deviationPercent how far the answer is from the exact value, in percent of it (negative: too small)
 * @param tolerancePercent the tolerance it was checked with, in percent
 * @param hint what the difference looks like (e.g. "looks like a missing hole of Ø8"), if anything
 */
public record CheckOutcome(boolean correct, double exact, double deviationPercent, double tolerancePercent,
		Optional<String> hint) {

	/**
	 * @param unit the answer's unit symbol
	 * @return one line for people, e.g. {@code correct: 123.4 g is 0.12 % from 123.25 g (tolerance ±0.5 %)}
	 */
	public String describe(String unit) {
		return String.format(Locale.ROOT, "%s: %+.2f %% from the exact %s %s (tolerance \u00B1%s %%)%s",
				correct ? "correct" : "incorrect", deviationPercent, ValueAnswer.format(exact), unit,
				ValueAnswer.format(tolerancePercent), hint.map(h -> "; " + h).orElse(""));
	}
}
