// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.store.AttemptStats;
import dev.partforge.store.testing.TestParts;

/** Totals of attempt times never wrap around: in the statistics (an H2 SUM) and on the part. */
public final class TotalsTest {

	private Path root;
	private CdoPartStore store;

	@BeforeEach
	void create() throws IOException {
		root = TempStores.newDirectory("totals");
		store = new CdoPartStore(root);
	}

	@AfterEach
	void delete() throws IOException {
		store.close();
		TempStores.delete(root);
	}

	@Test
	public void hugeTimesSaturateInsteadOfWrapping() {
		store.putPart(TestParts.part("A", Difficulty.BEGINNER));
		long huge = Long.MAX_VALUE / 2 + 1;
		store.addRecords(List.of(TestParts.record("A", huge, true, null), TestParts.record("A", huge, false, null),
				TestParts.record("A", 5, false, null)));
		AttemptStats perPart = store.statistics().perPart().get(0);
		assertEquals(3, perPart.attempts());
		assertEquals(Long.MAX_VALUE, perPart.totalTime());
		assertEquals(Long.MAX_VALUE, store.statistics().perDifficulty().get(0).totalTime());
		assertEquals(Long.MAX_VALUE, store.getPart("A").orElseThrow().getTimeSpent());
	}
}
