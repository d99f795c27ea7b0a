// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a check by model.
 *
 * @param quantities every compared quantity
 * @param tolerance  the relative tolerance used
 */
public record StepCheckResult(List<Quantity> quantities, double tolerance) {

	/** Copies the list. */
	public StepCheckResult {
		quantities = List.copyOf(quantities);
	}

	/** @return true when every quantity is within the tolerance */
	public boolean passed() {
		return quantities.stream().allMatch(Quantity::ok);
	}

	/** @return the volume comparison */
	public Quantity volume() {
		return quantities.get(0);
	}

	/** @return one line: "correct" or the quantities that differ with how far off they are */
	public String summary() {
		if (passed()) {
			return String.format(Locale.ROOT, "correct: volume, area, principal moments and extents within \u00b1%s %%", percent(tolerance));
		}
		StringBuilder sb = new StringBuilder("not correct:");
		String sep = " ";
		for (Quantity q : quantities) {
			if (!q.ok()) {
				sb.append(sep).append(q.name()).append(String.format(Locale.ROOT, " %+.2f %%", 100 * q.relative()));
				sep = ", ";
			}
		}
		return sb.toString();
	}

	private static String percent(double t) {
		return BigDecimal.valueOf(100 * t).stripTrailingZeros().toPlainString();
	}

	/**
	 * One compared quantity.
	 *
	 * @param name     what it is ("volume")
	 * @param unit     its unit ("mm\u00b3")
	 * @param expected the exact part's value
	 * @param actual   the model's value
	 * @param relative (actual - expected) / expected
	 * @param ok       true within the tolerance
	 */
	public record Quantity(String name, String unit, double expected, double actual, double relative, boolean ok) {

		/** @return "volume 1234.5 mm³ (exact 1234.5, +0.00 %) ok" */
		public String line() {
			return String.format(Locale.ROOT, "%s %.6g %s (exact %.6g, %+.3f %%) %s", name, actual, unit, expected, 100 * relative,
					ok ? "ok" : "DIFFERS");
		}
	}
}
