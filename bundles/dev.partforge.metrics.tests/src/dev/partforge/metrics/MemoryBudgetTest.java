// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The budget sets the bounds of the registered caches, follows every change at once and refuses nonsense. */
class MemoryBudgetTest {

	private static final long MIB = 1024 * 1024;

	@AfterEach
	void restoreDefault() {
		MemoryBudget.apply(MemoryBudget.DEFAULT_MB);
	}

	@Test
	void boundsFollowTheBudgetWithoutRestart() {
		LruCache<Integer, String> sheets = new LruCache<>("budget.a", 1);
		LruCache<Integer, String> scenes = new LruCache<>("budget.b", 1);
		MemoryBudget.register(sheets, 0.5, MIB);
		MemoryBudget.register(scenes, 0.5, 2 * MIB);
		// the default budget: 256 MiB, half of it in 1 MiB and 2 MiB entries
		assertEquals(128, sheets.figures().bound());
		assertEquals(64, scenes.figures().bound());
		for (int i = 0; i < 32; i++) {
			sheets.put(i, "sheet " + i);
		}
		sheets.lookup(0); // the most recently used now

		MemoryBudget.apply(16);
		assertEquals(16, MemoryBudget.megabytes());
		assertEquals(new CacheFigures("budget.a", 8, 8, 1, 0), sheets.figures());
		assertEquals("sheet 0", sheets.lookup(0).orElseThrow(), "the most recently used entries stay");
		assertEquals(4, scenes.figures().bound());

		MemoryBudget.apply(1024);
		assertEquals(512, sheets.figures().bound());
		assertEquals(256, scenes.figures().bound());
		assertEquals(8, sheets.size(), "a larger bound drops nothing");
	}

	@Test
	void theDatabaseTakesHalfAndAPreferenceOutOfRangeCountsAsTheDefault() {
		assertEquals(128 * 1024, MemoryBudget.databaseKilobytes(MemoryBudget.DEFAULT_MB));
		assertEquals(4 * 1024, MemoryBudget.databaseKilobytes(MemoryBudget.MIN_MB));
		assertEquals(512, MemoryBudget.of(java.util.Optional.of(512.0)));
		for (double nonsense : new double[] { 7, 16_385, 64.5, Double.NaN }) {
			assertEquals(MemoryBudget.DEFAULT_MB, MemoryBudget.of(java.util.Optional.of(nonsense)), "" + nonsense);
		}
		assertEquals(MemoryBudget.DEFAULT_MB, MemoryBudget.of(java.util.Optional.empty()));
	}

	@Test
	void aTinyShareStillKeepsOneEntry() {
		assertEquals(1, MemoryBudget.bound(MemoryBudget.MIN_MB, 0.01, 64 * MIB));
		assertEquals(8192, MemoryBudget.bound(MemoryBudget.MAX_MB, 1, 2 * MIB));
	}

	@Test
	void refusesBudgetsOutOfRange() {
		assertThrows(IllegalArgumentException.class, () -> MemoryBudget.apply(MemoryBudget.MIN_MB - 1));
		assertThrows(IllegalArgumentException.class, () -> MemoryBudget.apply(MemoryBudget.MAX_MB + 1));
		assertEquals(MemoryBudget.DEFAULT_MB, MemoryBudget.megabytes(), "a refused budget changes nothing");
		LruCache<Integer, String> cache = new LruCache<>("budget.c", 1);
		assertThrows(IllegalArgumentException.class, () -> MemoryBudget.register(cache, 0, MIB));
		assertThrows(IllegalArgumentException.class, () -> MemoryBudget.register(cache, 1.5, MIB));
		assertThrows(IllegalArgumentException.class, () -> MemoryBudget.register(cache, 0.5, 0));
	}
}
