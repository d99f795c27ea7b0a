// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.List;

/**
 * Record statistics.
 *
 * @param perDifficulty one entry per difficulty that has records, in difficulty order
 * @param perPart one entry per part id that has records, ordered by part id
 */
public record Statistics(List<AttemptStats> perDifficulty, List<AttemptStats> perPart) {

	/**
	 * Creates statistics.
	 *
	 * @param perDifficulty per difficulty
	 * @param perPart per part
	 */
	public Statistics {
		perDifficulty = List.copyOf(perDifficulty);
		perPart = List.copyOf(perPart);
	}
}
