// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

/**
 * Drawing sheet sizes (ISO 216 A series per ISO 5457, ANSI Y14.1 for inch drawings), in mm as drawn: A4 portrait
 * (ISO 5457 draws A4 upright), every other size landscape.
 */
public enum PaperSize {
	/** ISO A4, 210 x 297 mm, portrait. */
	A4(210, 297),
	/** ISO A3, 420 x 297 mm. */
	A3(420, 297),
	/** ISO A2, 594 x 420 mm. */
	A2(594, 420),
	/** ISO A1, 841 x 594 mm. */
	A1(841, 594),
	/** ANSI A, 11 x 8.5 in. */
	ANSI_A(279.4, 215.9),
	/** ANSI B, 17 x 11 in. */
	ANSI_B(431.8, 279.4);

	private final double widthMm;
	private final double heightMm;

	PaperSize(double widthMm, double heightMm) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	/** @return sheet width in millimetres, as drawn */
	public double widthMm() {
		return widthMm;
	}

	/** @return sheet height in millimetres, as drawn */
	public double heightMm() {
		return heightMm;
	}
}
