// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.StorageSample;
import dev.partforge.metrics.internal.MetricsService;
import dev.partforge.model.Difficulty;
import dev.partforge.model.UserRecord;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.PartQuery;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;

/** The store reports what it does to a real metrics service: counts match the operations, failures, usage. */
public final class StoreMetricsTest {

	private Path root;
	private Path metricsDir;
	private MetricsService metrics;
	private CdoPartStore store;

	@BeforeEach
	void create() throws IOException {
		root = TempStores.newDirectory("metrics");
		metricsDir = TempStores.newDirectory("metrics-data");
		metrics = new MetricsService(() -> metricsDir);
		store = new CdoPartStore(root);
		store.setMetrics(metrics);
	}

	@AfterEach
	void delete() throws IOException {
		store.close();
		metrics.stop();
		TempStores.delete(root);
		TempStores.delete(metricsDir);
	}

	@Test
	public void everyOperationIsTimedUnderItsKind() {
		store.putParts(List.of(TestParts.part("A", Difficulty.BEGINNER), TestParts.part("B", Difficulty.EXPERT)));
		List<UserRecord> records = new ArrayList<>();
		Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < 2 * StoreResources.CHUNK + 1; i++) {
			records.add(TestParts.record(i % 2 == 0 ? "A" : "B", i, false, t0.plusSeconds(i)));
		}
		store.addRecords(records); // three chunks: three commits
		store.addRecord(TestParts.record("A", 5, true, t0));
		for (int i = 0; i < 4; i++) {
			store.listRecords(RecordQuery.forPart("A"));
		}
		store.listParts(PartQuery.ALL);
		store.getPart("B");
		store.statistics();
		store.backup();
		store.verify();
		store.info();

		MetricsSnapshot s = metrics.snapshot();
		assertEquals(1, s.timing("store.open").orElseThrow().count());
		assertEquals(1 + 3 + 1, s.timing("store.commit").orElseThrow().count());
		assertEquals(4, s.timing("store.query.records").orElseThrow().count());
		assertEquals(1, s.timing("store.query.parts").orElseThrow().count());
		assertTrue(s.timing("store.query.part").orElseThrow().count() >= 1);
		assertEquals(1, s.timing("store.query.statistics").orElseThrow().count());
		assertEquals(1, s.timing("store.backup").orElseThrow().count());
		assertEquals(1, s.timing("store.verify").orElseThrow().count());
		assertTrue(s.timing("store.commit").orElseThrow().p50() > 0);
		assertTrue(s.errors().isEmpty(), s.errors().toString());

		StorageSample usage = s.latestUsage().orElseThrow();
		assertTrue(usage.database() > 0 && usage.backups() > 0 && usage.free() > 0, usage.toString());
		CacheFigures revisions = s.caches().stream().filter(c -> c.name().equals(StoreMetrics.REVISIONS))
				.findFirst().orElseThrow();
		assertTrue(revisions.size() > 0, revisions.toString());
		CacheFigures pages = s.caches().stream().filter(c -> c.name().equals(StoreMetrics.PAGES)).findFirst().orElseThrow();
		assertEquals(128 * 1024, pages.bound(), "half the default memory budget, in KiB: " + pages);
		assertTrue(pages.size() > 0 && pages.size() <= pages.bound(), pages.toString());
	}

	@Test
	public void aFailedOpenCountsAsAnErrorAndTheFiguresSurviveARestart() throws Exception {
		store.putPart(TestParts.part("C-1", Difficulty.BEGINNER));
		store.close();
		Files.write(EmbeddedRepository.databaseFile(new StoreLayout(root).db()), new byte[0]);
		store = new CdoPartStore(root);
		store.setMetrics(metrics);
		assertThrows(CorruptStoreException.class, store::info);
		metrics.stop(); // saves

		MetricsSnapshot s = new MetricsService(() -> metricsDir).snapshot();
		assertEquals(2, s.timing("store.open").orElseThrow().count());
		assertEquals(1, s.timing("store.open").orElseThrow().errors());
		assertEquals(1L, s.errors().get("store.open: CorruptStoreException"), s.errors().toString());
		assertEquals(1, s.timing("store.commit").orElseThrow().count());
	}
}
