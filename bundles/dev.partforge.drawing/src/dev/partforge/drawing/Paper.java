// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.Arrays;
import java.util.List;

/**
 * Sheet sizes (ISO 216 A series per ISO 5457 trimmed sizes, ANSI Y14.1 for inch drawings), in millimetres as
 * drawn: A4 portrait (ISO 5457 draws A4 upright), every other size landscape. The one paper type of PartForge:
 * drawings, export settings, preferences and the command line use it; stored preferences keep its {@link #name()}.
 */
public enum Paper {
	/** ISO A4 portrait. */
	A4(210, 297, true),
	/** ISO A3 landscape. */
	A3(420, 297, true),
	/** ISO A2 landscape. */
	A2(594, 420, true),
	/** ISO A1 landscape. */
	A1(841, 594, true),
	/** ANSI A (letter, 11 x 8.5 in) landscape. */
	ANSI_A(279.4, 215.9, true),
	/** ANSI B (ledger, 17 x 11 in) landscape. */
	ANSI_B(431.8, 279.4, true),
	/** ANSI C landscape (taken when a part does not fit ANSI B at 1:2 or larger; not offered to users). */
	ANSI_C(558.8, 431.8, false),
	/** ANSI D landscape (not offered to users). */
	ANSI_D(863.6, 558.8, false);

	private final double width;
	private final double height;
	private final boolean offered;

	Paper(double width, double height, boolean offered) {
		this.width = width;
		this.height = height;
		this.offered = offered;
	}

	/**
	 * Returns the sizes users choose from (preferences, export wizard, {@code --paper}); the larger ANSI sizes are
	 * only taken by the drawing engine when a part needs them.
	 *
	 * @return A4, A3, A2, A1, ANSI A and ANSI B, in this order
	 */
	public static List<Paper> offered() {
		return Arrays.stream(values()).filter(p -> p.offered).toList();
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
