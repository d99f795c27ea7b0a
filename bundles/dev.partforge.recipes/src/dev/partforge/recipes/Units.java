// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/** The unit a recipe's lengths are given in; solids are always built in millimetres. */
public enum Units {
	/** Millimetres (clean values are whole or half millimetres). */
	MM(1),
	/** Inches (clean values are multiples of 1/16 inch). */
	INCH(25.4);

	private final double millimetres;

	Units(double millimetres) {
		this.millimetres = millimetres;
	}

	/** @return millimetres per unit */
	public double millimetres() {
		return millimetres;
	}
}
