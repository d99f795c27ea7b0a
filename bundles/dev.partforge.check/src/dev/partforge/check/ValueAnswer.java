// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An answer by value: a mass in grams or a volume in mm³ or in³, checked against the exact value within a
 * tolerance. The comparison is exact (decimal arithmetic on the binary values), so values equally far above and
 * below the exact one get the same result, and a value exactly at the tolerance counts as correct. When the answer
 * is off by what one feature instance adds (within the same tolerance), the outcome says which: "looks like a missing
 * hole of Ø8" (the part was modelled without it) or "looks like an extra ..." (it was counted twice).
 *
 * @param value the entered value, at least 0
 * @param unit its unit
 */
public record ValueAnswer(double value, AnswerUnit unit) implements AnswerSource {

	/** The default tolerance in percent (the preference {@value #TOLERANCE_PREFERENCE} changes it). */
	public static final double DEFAULT_TOLERANCE = 0.5;

	/** The preference holding the tolerance in percent. */
	public static final String TOLERANCE_PREFERENCE = "check.tolerance";

	private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*([a-zA-Z\u00B3]+3?)?");

	/** Checks the value. */
	public ValueAnswer {
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("An answer must be a finite number of at least 0, not " + value);
		}
	}

	/**
	 * Parses a value as typed: a plain decimal number ({@code 123}, {@code 12.5}; no sign, exponent or thousands
	 * separator) with an optional unit of the given kind ({@code 12.5mm3}, {@code 0.75 in3}; without one the
	 * default).
	 *
	 * @param text the typed text
	 * @param kind MASS or VOLUME
	 * @param defaultUnit the unit when none is typed
	 * @return the answer
	 * @throws IllegalArgumentException with a one-line message if the text is not such a value
	 */
	public static ValueAnswer parse(String text, AnswerKind kind, AnswerUnit defaultUnit) {
		Matcher m = NUMBER_AND_UNIT.matcher(text == null ? "" : text.trim());
		String expected = kind == AnswerKind.MASS ? "grams, e.g. 123.4" : "a volume, e.g. 12345.6mm3 or 0.75in3";
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not " + expected);
		}
		AnswerUnit unit = defaultUnit;
		if (m.group(2) != null) {
			unit = AnswerUnit.of(m.group(2)).filter(u -> u.kind() == kind)
					.orElseThrow(() -> new IllegalArgumentException("'" + m.group(2) + "' is not a unit of "
							+ (kind == AnswerKind.MASS ? "mass (g)" : "volume (mm3, in3)")));
		}
		double value = Double.parseDouble(m.group(1));
		if (Double.isInfinite(value)) {
			throw new IllegalArgumentException("'" + text + "' is too large");
		}
		return new ValueAnswer(value, unit);
	}

	@Override
	public EnteredAnswer entered() {
		return new EnteredAnswer(unit.kind(), value, unit.symbol());
	}

	@Override
	public CheckOutcome check(ExactPart part, double tolerancePercent) {
		double exact = part.exact(unit);
		return check(value, exact, tolerancePercent, part, unit);
	}

	/**
	 * Compares a value with the exact one.
	 *
	 * @param entered the entered value
	 * @param exact the exact value, greater than 0
	 * @param tolerancePercent the tolerance in percent, at least 0
	 * @return whether {@code |entered - exact| <= exact * tolerancePercent / 100}, computed exactly
	 */
	public static boolean withinTolerance(double entered, double exact, double tolerancePercent) {
		BigDecimal e = new BigDecimal(exact);
		BigDecimal difference = new BigDecimal(entered).subtract(e).abs();
		return difference.multiply(BigDecimal.valueOf(100)).compareTo(e.multiply(new BigDecimal(tolerancePercent))) <= 0;
	}

	private static CheckOutcome check(double entered, double exact, double tolerancePercent, ExactPart part,
			AnswerUnit unit) {
		if (!(tolerancePercent >= 0) || Double.isInfinite(tolerancePercent)) {
			throw new IllegalArgumentException("The tolerance must be a finite percentage of at least 0");
		}
		boolean correct = withinTolerance(entered, exact, tolerancePercent);
		double deviation = (entered - exact) / exact * 100;
		Optional<String> hint = correct ? Optional.empty() : hint(entered - exact, exact, tolerancePercent, part, unit);
		return new CheckOutcome(correct, exact, deviation, tolerancePercent, hint);
	}

	/** The feature instance whose volume (as mass or volume in the unit) the difference equals, within tolerance. */
	private static Optional<String> hint(double difference, double exact, double tolerancePercent, ExactPart part,
			AnswerUnit unit) {
		double slack = exact * tolerancePercent / 100;
		return part.featureVolumes().stream().flatMap(f -> {
			double delta = (unit.kind() == AnswerKind.MASS ? part.material().massGrams(f.volumeWithout())
					: f.volumeWithout()) / unit.factor();
			double missing = Math.abs(difference - delta);
			double extra = Math.abs(difference + delta);
			return Stream.of(new double[] { missing, 0 }, new double[] { extra, 1 })
					.filter(c -> c[0] <= slack)
					.map(c -> new Object[] { c[0], (c[1] == 0 ? "looks like a missing " : "looks like an extra ")
							+ f.description() });
		}).min(Comparator.comparingDouble(c -> (double) c[0])).map(c -> (String) c[1]);
	}

	/**
	 * @param v a value
	 * @return it with at most 2 decimals, trailing zeros removed ({@code 8}, {@code 12.5}, {@code 0.25})
	 */
	static String format(double v) {
		return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}
}
