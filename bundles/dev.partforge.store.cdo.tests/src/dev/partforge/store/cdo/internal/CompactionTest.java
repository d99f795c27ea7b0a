// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;

/**
 * Closing the store compacts a database file that has grown ({@link Compaction}) and keeps everything in it; a file
 * that has not grown since is left as it is. Real H2 files.
 */
public final class CompactionTest {

	private Path root;

	@BeforeEach
	void create() throws IOException {
		root = TempStores.newDirectory("compaction");
	}

	@AfterEach
	void delete() throws IOException {
		TempStores.delete(root);
	}

	@Test
	public void closingCompactsAFileThatGrewAndKeepsEverything() throws IOException {
		Path db = new StoreLayout(root).db();
		Path file = EmbeddedRepository.databaseFile(db);
		CdoPartStore store = new CdoPartStore(root);
		long open;
		try {
			store.putPart(TestParts.part("C-1", Difficulty.BEGINNER));
			List<UserRecord> records = new ArrayList<>();
			for (int i = 0; i < 20_000; i++) {
				records.add(TestParts.record("C-1", 1 + i, i % 7 == 0, null));
			}
			store.addRecords(records);
			open = Files.size(file); // each commit synced: what the file holds while the store is open
		} finally {
			store.close();
		}
		long closed = Files.size(file);
		System.out.printf("CompactionTest: 20,000 records, %,d bytes open, %,d bytes after closing%n", open, closed);
		assertTrue(open >= Compaction.FLOOR, "the workload grows the file past the floor: " + open);
		assertTrue(closed < 0.75 * open, "compacted on close: " + open + " -> " + closed);
		assertEquals(closed, Compaction.lastSize(db));

		CdoPartStore reopened = new CdoPartStore(root);
		try {
			assertEquals(20_000, reopened.listRecords(RecordQuery.ALL).size());
			assertEquals(20_000L * 20_001 / 2, reopened.getPart("C-1").orElseThrow().getTimeSpent());
			assertTrue(reopened.verify().ok(), () -> reopened.verify().problems().toString());
		} finally {
			reopened.close();
		}
		assertEquals(closed, Compaction.lastSize(db), "not grown since: not compacted again");
		assertTrue(Files.size(file) < Compaction.GROWTH * closed, "reopening and closing does not grow it much");
	}
}
