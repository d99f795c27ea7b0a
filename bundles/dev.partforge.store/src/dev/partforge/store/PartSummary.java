// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.time.Instant;
import java.util.OptionalLong;

import dev.partforge.model.Difficulty;
import dev.partforge.model.Units;

/**
 * What a list of parts shows of one part, read without loading the part (see
 * {@link PartStore#listPartSummaries(PartQuery)}).
 *
 * @param id         the part id
 * @param name       the recipe name, the part id for a part without recipe or name
 * @param difficulty the recipe difficulty, null for a part without recipe
 * @param units      the recipe units, null for a part without recipe
 * @param seed       the recipe seed, 0 for a part without recipe
 * @param bookmarked bookmarked
 * @param completed  completed at least once
 * @param lastViewed when the part was last opened, null if never
 * @param bestTime   the shortest completed attempt in milliseconds, empty if none was completed
 */
public record PartSummary(String id, String name, Difficulty difficulty, Units units, long seed, boolean bookmarked,
		boolean completed, Instant lastViewed, OptionalLong bestTime) {
}
