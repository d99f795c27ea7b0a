// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

import java.util.Locale;
import java.util.Optional;

/** The units an answer by value can be given in, with their factor to grams or cubic millimetres. */
public enum AnswerUnit {
	/** Grams. */
	G("g", AnswerKind.MASS, 1.0),
	/** Cubic millimetres. */
	MM3("mm3", AnswerKind.VOLUME, 1.0),
	/** Cubic inches (25.4³ mm³). */
	IN3("in3", AnswerKind.VOLUME, 25.4 * 25.4 * 25.4);

	private final String symbol;
	private final AnswerKind kind;
	private final double factor;

	AnswerUnit(String symbol, AnswerKind kind, double factor) {
		this.symbol = symbol;
		this.kind = kind;
		this.factor = factor;
	}

	/** @return the symbol as written and stored: {@code g}, {@code mm3}, {@code in3} */
	public String symbol() {
		return symbol;
	}

	/** @return what the unit measures */
	public AnswerKind kind() {
		return kind;
	}

	/** @return grams or cubic millimetres per unit */
	public double factor() {
		return factor;
	}

	/**
	 * @param symbol a unit symbol (case does not matter; {@code mm³}, {@code in³} too)
	 * @return the unit, if the symbol is one
	 */
	public static Optional<AnswerUnit> of(String symbol) {
		String s = symbol.trim().toLowerCase(Locale.ROOT).replace('\u00B3', '3');
		for (AnswerUnit u : values()) {
			if (u.symbol.equals(s)) {
				return Optional.of(u);
			}
		}
		return Optional.empty();
	}
}
