// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.store.testing.TestParts;

/** Rule: on equal modified times the greater canonical recipe text wins, the same on both sides. */
public final class PartOrderTest {

	@Test
	void equalTimesAreBrokenByTheRecipeTextTheSameWayOnBothSides() {
		StoredPart a = TestParts.part("T-1", Difficulty.BEGINNER);
		StoredPart b = TestParts.part("T-1", Difficulty.BEGINNER);
		b.getRecipe().setName("Part T-1 renamed");
		Date same = new Date(1_000_000);
		a.setModified(same);
		b.setModified(same);
		assertFalse(PartOrder.sameContent(a, b));
		assertNotEquals(PartOrder.wins(a, b), PartOrder.wins(b, a));
		assertTrue(PartOrder.wins(b, a) == PartOrder.text(b).compareTo(PartOrder.text(a)) > 0);
	}

	@Test
	void theLaterModifiedTimeWinsAndPerUserFieldsAreNotContent() {
		StoredPart a = TestParts.part("T-2", Difficulty.BEGINNER);
		StoredPart b = TestParts.part("T-2", Difficulty.BEGINNER);
		b.setBookmarked(true);
		b.setTimeSpent(5000);
		assertTrue(PartOrder.sameContent(a, b));
		b.getRecipe().setSeed(99);
		a.setModified(new Date(2000));
		b.setModified(new Date(1000));
		assertTrue(PartOrder.wins(a, b));
		assertFalse(PartOrder.wins(b, a));
	}
}
