// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.AnswerKind;
import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.SchemaHistory;
import dev.partforge.model.UserRecord;
import dev.partforge.store.CorruptStoreException;
import dev.partforge.store.MigrationReport;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.PermissionDeniedException;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.StorageFullException;
import dev.partforge.store.StoreClosedException;
import dev.partforge.store.StoreException;
import dev.partforge.store.testing.TestParts;

/** CDO-specific behaviour: indexes, backups, files, error mapping, lifecycle. */
public final class CdoStoreTest {

	private Path root;
	private CdoPartStore store;

	@BeforeEach
	void create() throws IOException {
		root = TempStores.newDirectory("cdo");
		store = new CdoPartStore(root);
	}

	@AfterEach
	void delete() throws IOException {
		store.close();
		TempStores.delete(root);
	}

	/**
	 * H2 uses the store's indexes for record queries by part and date, and reads the attempt history from its index
	 * alone in date order; the unused indexes (difficulty, CDO's {@code CDO_REVISED}, a former index on the date alone)
	 * are dropped and stay dropped when the store opens again.
	 */
	@Test
	public void recordQueriesUseIndexes() throws Exception {
		store.putParts(List.of(TestParts.part("A", Difficulty.BEGINNER), TestParts.part("B", Difficulty.EXPERT)));
		List<UserRecord> records = new ArrayList<>();
		Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = 0; i < 2000; i++) {
			records.add(TestParts.record(i % 2 == 0 ? "A" : "B", i, i % 3 == 0, t0.plusSeconds(3600L * i)));
		}
		store.addRecords(records);
		assertPlanUses("PF_RECORD_PARTID", RecordReader.sql(RecordQuery.forPart("A")).replace(":partId", "'A'"));
		assertPlanUses("PF_RECORD_HISTORY", RecordReader.sql(RecordQuery.between(t0, t0.plusSeconds(7200)))
				.replace(":from", "TIMESTAMP '2026-01-01 00:00:00'").replace(":to", "TIMESTAMP '2026-01-01 02:00:00'"));
		assertEquals(1000, store.listRecords(RecordQuery.forPart("A")).size());
		assertEquals(2, store.listRecords(RecordQuery.between(t0, t0.plusSeconds(7200))).size());
		assertEquals(1000, store.listRecords(RecordQuery.forDifficulty(Difficulty.EXPERT)).size());
		List<String> table = store.rows("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'USERRECORD' ORDER BY ORDINAL_POSITION")
				.stream().map(r -> (String) r[0]).toList();
		String[] history = RecordReader.historySql(table);
		String plan = store.explain(history[0]);
		assertTrue(plan.contains("PF_RECORD_HISTORY") && plan.contains("index sorted"), "the history is read in date order from its index: " + plan);
		assertEquals(2000, store.attemptHistory(0).size());
		String indexed = "SELECT CASE WHEN INDEX_NAME LIKE 'PF!_%' ESCAPE '!' THEN INDEX_NAME ELSE 'CDO' END || '.' || COLUMN_NAME"
				+ " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_NAME = 'USERRECORD' ORDER BY 1";
		List<Object> columns = store.rows(indexed).stream().map(r -> r[0]).toList();
		assertEquals(List.of("CDO.CDO_ID", "CDO.CDO_VERSION", "PF_RECORD_HISTORY.COMPLETED", "PF_RECORD_HISTORY.DATE0",
				"PF_RECORD_HISTORY.DIFFICULTY", "PF_RECORD_HISTORY.RESULT0", "PF_RECORD_HISTORY.TIMESPENT", "PF_RECORD_ID.ID",
				"PF_RECORD_PARTID.PARTID"), columns);
		store.close();
		// a library of an earlier version has the index on the date alone, which the history index begins with
		Path db = new StoreLayout(root).db();
		try (Connection c = DriverManager.getConnection(EmbeddedRepository.jdbcUrl(db, false), "sa", "");
				Statement s = c.createStatement()) {
			s.execute("CREATE INDEX PF_RECORD_DATE ON USERRECORD(DATE0)");
		}
		FileSeal.seal(db);
		store = new CdoPartStore(root);
		store.addRecord(TestParts.record("A", 1, false, null));
		assertEquals(columns, store.rows(indexed).stream().map(r -> r[0]).toList(),
				"the index on the date alone is dropped, CDO does not create its own again");
	}

	/**
	 * The database page cache takes half the memory budget ({@code cache.memoryMB}) when the store opens and follows a
	 * new budget at once ({@link StoreMetricsTest} checks that the metrics show it).
	 */
	@Test
	public void thePageCacheFollowsTheMemoryBudget() throws Exception {
		store.putPart(TestParts.part("A", Difficulty.BEGINNER));
		assertEquals(128 * 1024, pageCacheBound(), "half the default 256 MiB");
		store.putPreference(dev.partforge.metrics.MemoryBudget.PREFERENCE, new dev.partforge.store.PreferenceValue.Number(64));
		assertEquals(32 * 1024, pageCacheBound());
		store.close();
		store = new CdoPartStore(root);
		store.getPart("A");
		assertEquals(32 * 1024, pageCacheBound(), "the budget stored applies when the store opens");
	}

	private long pageCacheBound() {
		return Long.parseLong(store.rows("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")
				.get(0)[0].toString().strip()) * 1024;
	}

	/**
	 * Listeners are told after the store's lock is released: a listener waiting for another thread that reads the
	 * store gets its answer (while the lock was held during the call, the reader waited for the listener: deadlock).
	 */
	@Test
	public void listenersRunWithoutTheStoreLock() throws Exception {
		List<String> seen = new CopyOnWriteArrayList<>();
		store.addListener(change -> {
			FutureTask<Integer> read = new FutureTask<>(() -> store.listParts(PartQuery.ALL).size());
			Thread reader = new Thread(read, "listener's reader");
			reader.start();
			try {
				seen.add(change.kind() + " " + read.get(20, TimeUnit.SECONDS));
			} catch (Exception e) {
				seen.add(change.kind() + " failed: " + e);
				reader.interrupt();
			}
		});
		store.putPart(TestParts.part("A", Difficulty.BEGINNER));
		store.putParts(List.of(TestParts.part("B", Difficulty.BEGINNER), TestParts.part("C", Difficulty.EXPERT)));
		store.addRecord(TestParts.record("A", 5, true, Instant.parse("2026-01-01T00:00:00Z")));
		store.deletePart("C");
		assertEquals(List.of("PARTS 1", "PARTS 3", "RECORDS 3", "PARTS 3", "PARTS 2"), seen);
	}

	/**
	 * Records listed from the table's rows equal the records CDO loads as objects, with every attribute set and with
	 * every attribute left at its default.
	 */
	@Test
	public void listedRecordsEqualTheStoredObjects() throws Exception {
		store.putPart(TestParts.part("A", Difficulty.INTERMEDIATE));
		UserRecord full = TestParts.record("A", 61_000, true, Instant.parse("2026-03-04T05:06:07.891Z"));
		full.setDifficulty(Difficulty.EXPERT);
		full.setAnswerKind(AnswerKind.VOLUME);
		full.setAnswerValue(12.5e3);
		full.setAnswerUnit("mm³");
		full.setResult(CheckResult.INCORRECT);
		full.setDeviation(-0.25);
		full.setUuid("0f0e0d0c-0000-4000-8000-000000000001");
		UserRecord plain = ModelFactory.eINSTANCE.createUserRecord();
		plain.setPartId("A");
		store.addRecords(List.of(full, plain));
		List<UserRecord> listed = store.listRecords(RecordQuery.ALL);
		store.close();
		try (OpenStore open = OpenStore.open(new StoreLayout(root), new MigrationReport(SchemaHistory.CURRENT_VERSION,
				SchemaHistory.CURRENT_VERSION, Optional.empty(), 0, 0, 0))) {
			List<UserRecord> objects = open.query(open.view(), Tables.RECORD, "SELECT CDO_ID FROM USERRECORD ORDER BY ID",
					Map.of(), UserRecord.class);
			assertEquals(2, objects.size());
			assertEquals(Difficulty.INTERMEDIATE, objects.get(1).getDifficulty(), "the part's difficulty, set by the store");
			for (int i = 0; i < objects.size(); i++) {
				assertTrue(EcoreUtil.equals(EcoreUtil.copy(objects.get(i)), listed.get(i)),
						() -> "listed " + listed + " differs from stored " + objects);
			}
		}
		store = new CdoPartStore(root);
	}

	private void assertPlanUses(String index, String sql) {
		String plan = store.explain(sql);
		System.out.println("[plan] " + plan.replace('\n', ' '));
		assertTrue(plan.contains(index), "plan does not use " + index + ": " + plan);
	}

	/** Batches commit one transaction per chunk of {@value StoreResources#CHUNK}, not one per object. */
	@Test
	public void batchesCommitInChunks() throws Exception {
		store.putPart(TestParts.part("A", Difficulty.BEGINNER));
		long before = commits();
		List<UserRecord> records = new ArrayList<>();
		for (int i = 0; i < 2 * StoreResources.CHUNK + 17; i++) {
			records.add(TestParts.record("A", i, false, null));
		}
		store.addRecords(records);
		assertEquals(3, commits() - before, "commits for " + records.size() + " records");
		assertEquals(records.size(), store.info().records());
	}

	private long commits() throws SQLException {
		try (Connection c = DriverManager.getConnection(EmbeddedRepository.jdbcUrl(root.resolve("db"), false), "sa", "");
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM CDO_COMMIT_INFOS")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** A backup is a gzip-compressed CDO XML export with model and data; info reports it. */
	@Test
	public void backupIsCompressedXml() throws IOException {
		store.putPart(TestParts.part("P-1", Difficulty.BEGINNER));
		Path backup = store.backup();
		assertTrue(backup.startsWith(root.resolve("backups")), backup.toString());
		try (InputStream in = new GZIPInputStream(Files.newInputStream(backup))) {
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(xml.contains("http://partforge.dev/model/4.0") && xml.contains("P-1"), "backup content");
		}
		assertTrue(store.info().lastBackup().isPresent());
		assertEquals(4, store.info().schemaVersion());
		assertTrue(store.info().sizeOnDisk() > 0);
	}

	/** Backups roll: the preference backups.keep says how many stay, the oldest go; stale partial files go on open. */
	@Test
	public void backupsRoll() throws IOException {
		store.putPart(TestParts.part("P-1", Difficulty.BEGINNER));
		store.putPreference(CdoPartStore.KEEP_BACKUPS, new PreferenceValue.Number(2));
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			written.add(store.backup());
		}
		assertEquals(List.of(written.get(3), written.get(2)), store.backups());
		Path stale = root.resolve("backups/partforge-v3-20260101-000000-000.cdo.xml.gz.partial");
		Files.write(stale, new byte[0]);
		store.close();
		store = new CdoPartStore(root);
		assertEquals(1, store.info().parts());
		assertFalse(Files.exists(stale), "a partial backup of an interrupted run is removed on open");
	}

	/** The database is an H2 file in the db directory, shut down on close and readable by plain JDBC afterwards. */
	@Test
	public void closesCleanly() throws Exception {
		store.putPart(TestParts.part("P-1", Difficulty.BEGINNER));
		assertTrue(Files.isRegularFile(root.resolve("db/partforge.mv.db")));
		store.close();
		StoreClosedException e = assertThrows(StoreClosedException.class, () -> store.listParts(PartQuery.ALL));
		assertTrue(e.getMessage().contains("closed"));
		// after SHUTDOWN a new connection opens the file afresh (IFEXISTS: it must be there) and sees the commit
		try (Connection c = DriverManager.getConnection(
				EmbeddedRepository.jdbcUrl(root.resolve("db"), true) + ";IFEXISTS=TRUE", "sa", "");
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery("SELECT ID FROM STOREDPART")) {
			assertTrue(rows.next());
			assertEquals("P-1", rows.getString(1));
		}
	}

	/** A damaged database file is reported as corrupt, with the way back (restore). */
	@Test
	public void corruptFileIsReported() throws IOException {
		store.close();
		Files.createDirectories(root.resolve("db"));
		Files.write(root.resolve("db/partforge.mv.db"), "this is not an H2 database file".repeat(200).getBytes());
		store = new CdoPartStore(root);
		CorruptStoreException e = assertThrows(CorruptStoreException.class, () -> store.listParts(PartQuery.ALL));
		assertTrue(e.getMessage().contains("store restore"), e.getMessage());
	}

	/** File system and SQL failures map to typed exceptions with actionable messages. */
	@Test
	public void failuresAreTyped() {
		Path where = Path.of("/data/store");
		assertInstanceOf(PermissionDeniedException.class,
				Failures.map("open the store", where, new IllegalStateException(new AccessDeniedException("/data"))));
		assertInstanceOf(StorageFullException.class, Failures.map("store part", where,
				new SQLException("IO Exception: No space left on device", "90028", 90028)));
		assertInstanceOf(StorageFullException.class,
				Failures.map("store part", where, new IOException("Disk quota exceeded")));
		assertInstanceOf(CorruptStoreException.class,
				Failures.map("open the store", where, new SQLException("File corrupted", "90030", 90030)));
		StoreException locked = Failures.map("open the store", where,
				new SQLException("Database may be already in use", "90020", 90020));
		assertTrue(locked.getMessage().contains("another PartForge process"), locked.getMessage());
		StoreException other = Failures.map("open the store", where, new IllegalStateException("boom"));
		assertTrue(other.getMessage().contains("/data/store") && other.getMessage().contains("boom"));
	}
}
