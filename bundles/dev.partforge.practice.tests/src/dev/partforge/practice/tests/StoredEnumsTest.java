// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.partforge.practice.StoredEnums;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;

/** The one translation between the domain enums and their stored literals is complete and keeps the names. */
final class StoredEnumsTest {

	@Test
	void everyLevelRoundTripsUnderItsOwnName() {
		assertEquals(Difficulty.values().length, dev.partforge.model.Difficulty.values().length);
		for (Difficulty d : Difficulty.values()) {
			assertEquals(d.name(), StoredEnums.toModel(d).getName());
			assertEquals(d, StoredEnums.fromModel(StoredEnums.toModel(d)));
		}
	}

	@Test
	void everyUnitRoundTripsUnderItsOwnName() {
		assertEquals(Units.values().length, dev.partforge.model.Units.values().length);
		for (Units u : Units.values()) {
			assertEquals(u.name(), StoredEnums.toModel(u).getName());
			assertEquals(u, StoredEnums.fromModel(StoredEnums.toModel(u)));
		}
	}
}
