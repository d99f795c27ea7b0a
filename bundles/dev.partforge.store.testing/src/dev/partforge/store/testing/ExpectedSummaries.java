// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.testing;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.partforge.model.PartRecipe;
import dev.partforge.model.StoredPart;
import dev.partforge.store.AttemptStats;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.store.PartSummary;

/** The part summaries a store must give, derived from its loaded parts and its statistics. */
final class ExpectedSummaries {

	private ExpectedSummaries() {
	}

	/**
	 * @param store a store
	 * @param query a filter
	 * @return what {@link PartStore#listPartSummaries(PartQuery)} must answer
	 */
	static List<PartSummary> of(PartStore store, PartQuery query) {
		Map<String, AttemptStats> stats = store.statistics().perPart().stream()
				.collect(Collectors.toMap(AttemptStats::group, Function.identity()));
		return store.listParts(query).stream().map(p -> summary(p, stats.get(p.getId()))).toList();
	}

	private static PartSummary summary(StoredPart part, AttemptStats stats) {
		PartRecipe recipe = part.getRecipe();
		return new PartSummary(part.getId(),
				recipe == null || recipe.getName() == null ? part.getId() : recipe.getName(),
				recipe == null ? null : recipe.getDifficulty(), recipe == null ? null : recipe.getUnits(),
				recipe == null ? 0 : recipe.getSeed(), part.isBookmarked(), part.isCompleted(),
				part.getLastViewed() == null ? null : part.getLastViewed().toInstant(),
				stats == null ? OptionalLong.empty() : stats.bestTime());
	}
}
