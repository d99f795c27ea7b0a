// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.List;

/**
 * A drawing scale per ISO 5455: enlargement, full size or reduction.
 *
 * @param paper length on paper
 * @param model corresponding length of the part
 */
public record Scale(int paper, int model) {

	/** ISO 5455 recommended scales from the largest to the smallest (no 1:4, no 1:3). */
	public static final List<Scale> ISO_5455 = List.of(new Scale(5, 1), new Scale(2, 1), new Scale(1, 1), new Scale(1, 2),
			new Scale(1, 5), new Scale(1, 10), new Scale(1, 20), new Scale(1, 50));

	/** @return paper millimetres per model millimetre */
	public double factor() {
		return (double) paper / model;
	}

	@Override
	public String toString() {
		return paper + ":" + model;
	}
}
