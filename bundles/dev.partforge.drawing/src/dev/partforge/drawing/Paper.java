// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

/**
 * Sheet sizes (ISO 5457 trimmed sizes and ANSI Y14.1 A and B), in the orientation used: A4 portrait,
 * every other size landscape.
 */
public enum Paper {
	/** ISO A4 portrait. */
	A4(210, 297),
	/** ISO A3 landscape. */
	A3(420, 297),
	/** ISO A2 landscape. */
	A2(594, 420),
	/** ISO A1 landscape. */
	A1(841, 594),
	/** ANSI A (letter) landscape. */
	ANSI_A(279.4, 215.9),
	/** ANSI B (ledger) landscape. */
	ANSI_B(431.8, 279.4),
	/** ANSI C landscape (taken when a part does not fit ANSI B at 1:2 or larger). */
	ANSI_C(558.8, 431.8),
	/** ANSI D landscape. */
	ANSI_D(863.6, 558.8);

	private final double width;
	private final double height;

	Paper(double width, double height) {
		this.width = width;
		this.height = height;
	}

	/** @return width in millimetres */
	public double width() {
		return width;
	}

	/** @return height in millimetres */
	public double height() {
		return height;
	}
}
