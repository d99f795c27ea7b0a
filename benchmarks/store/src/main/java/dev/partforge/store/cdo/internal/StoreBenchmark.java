// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;

/**
 * Store benchmark (not a test): commit throughput single vs chunked, raw JDBC batch insert into the same H2, XMI
 * save, query by partId with and without index over large record tables, cold open. Usage:
 * {@code StoreBenchmark WORK_DIR SIZES} (comma-separated sizes of the record tables for the query part, e.g.
 * {@code 100000,1000000}).
 */
public final class StoreBenchmark {

	private static final int PARTS = 1000;
	private static final int SINGLE = 1000;
	private static final int BATCH = 20_000;
	private static final int SLICE = 100_000;

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--reopen")) {
			Path dir = Path.of(args[1]).toAbsolutePath();
			FileSeal.seal(dir.resolve("db")); // a store left by this benchmark: closed, then compacted by SHUTDOWN COMPACT
			reopen(dir);
			return;
		}
		Path work = Path.of(args[0]).toAbsolutePath();
		delete(work);
		Files.createDirectories(work);
		System.out.printf(Locale.ROOT, "# Store benchmark: Java %s, %d cores, max heap %d MB, %s%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, Instant.now());
		double single = cdoSingle(work.resolve("cdo-single"));
		double chunked = cdoChunked(work.resolve("cdo-chunked"), false);
		double tracked = cdoChunked(work.resolve("cdo-chunked-outbox"), true);
		double jdbc = jdbcBatch(work.resolve("jdbc"));
		double xmi = xmiSave(work.resolve("xmi"));
		System.out.printf(Locale.ROOT, "%n## Commit throughput (records, objects/s)%n");
		System.out.printf(Locale.ROOT, "| CDO single commits | %.0f |%n| CDO chunked (%d/commit) | %.0f |%n"
				+ "| CDO chunked, synchronising library (each record with its outbox entry) | %.0f |%n"
				+ "| raw JDBC batch (500/commit) | %.0f |%n| XMI save | %.0f |%n", single, StoreResources.CHUNK,
				chunked, tracked, jdbc, xmi);
		System.out.printf(Locale.ROOT, "ratios: chunked/single %.1fx, JDBC/chunked %.1fx, XMI/chunked %.1fx,"
				+ " chunked/chunked with outbox %.2fx%n", chunked / single, jdbc / chunked, xmi / chunked, chunked / tracked);
		for (int i = 1; i < args.length; i++) {
			for (String size : args[i].split("[ ,]+")) {
				if (!size.isBlank()) {
					queries(work.resolve("query-" + size), Integer.parseInt(size.strip()));
					if (Integer.parseInt(size.strip()) <= 100_000) {
						// one outbox resource: every commit copies its content list, 10⁶ entries would take an hour
						synchronisingSize(work.resolve("outbox-" + size), Integer.parseInt(size.strip()));
					}
				}
			}
		}
	}

	static List<StoredPart> parts() {
		List<StoredPart> parts = new ArrayList<>();
		for (int i = 0; i < PARTS; i++) {
			StoredPart p = ModelFactory.eINSTANCE.createStoredPart();
			p.setId(String.format(Locale.ROOT, "P-%05d", i));
			p.setRecipe(ModelFactory.eINSTANCE.createPartRecipe());
			p.getRecipe().setDifficulty(Difficulty.get(i % 3));
			p.getRecipe().setStock(ModelFactory.eINSTANCE.createRecipeElement());
			p.getRecipe().getStock().setKind("block");
			parts.add(p);
		}
		return parts;
	}

	static List<UserRecord> records(int from, int count) {
		List<UserRecord> records = new ArrayList<>(count);
		Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
		for (int i = from; i < from + count; i++) {
			UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
			r.setPartId(String.format(Locale.ROOT, "P-%05d", i % PARTS));
			r.setTimeSpent(1000L + i % 600_000);
			r.setCompleted(i % 3 == 0);
			r.setDate(Date.from(t0.plusSeconds(i * 60L)));
			records.add(r);
		}
		return records;
	}

	private static CdoPartStore storeWithParts(Path dir) {
		CdoPartStore store = new CdoPartStore(dir);
		store.putParts(parts());
		return store;
	}

	private static double cdoSingle(Path dir) {
		CdoPartStore store = storeWithParts(dir);
		try {
			for (UserRecord r : records(0, 200)) {
				store.addRecord(r); // warm-up
			}
			List<UserRecord> records = records(0, SINGLE);
			long t0 = System.nanoTime();
			for (UserRecord r : records) {
				store.addRecord(r);
			}
			return rate("CDO single commits", SINGLE, t0);
		} finally {
			store.close();
		}
	}

	/** @param tracked whether the library synchronises (its records are queued in the sync outbox) */
	private static double cdoChunked(Path dir, boolean tracked) {
		CdoPartStore store = storeWithParts(dir);
		if (tracked) {
			store.trackChanges();
		}
		try {
			store.addRecords(records(0, 2000)); // warm-up
			List<UserRecord> records = records(0, BATCH);
			long t0 = System.nanoTime();
			store.addRecords(records);
			return rate(tracked ? "CDO chunked commits with the sync outbox" : "CDO chunked commits", BATCH, t0);
		} finally {
			store.close();
		}
	}

	private static double jdbcBatch(Path dir) throws Exception {
		Files.createDirectories(dir);
		try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("raw"), "sa", "")) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE USERRECORD (CDO_ID BIGINT PRIMARY KEY, KEY0 VARCHAR, CREATED TIMESTAMP,"
						+ " MODIFIED TIMESTAMP, ID BIGINT, UUID VARCHAR, PARTID VARCHAR, TIMESPENT BIGINT,"
						+ " COMPLETED BOOLEAN, DIFFICULTY INTEGER, DATE0 TIMESTAMP)");
			}
			c.setAutoCommit(false);
			insert(c, records(0, 2000), 0); // warm-up
			List<UserRecord> records = records(0, BATCH);
			long t0 = System.nanoTime();
			insert(c, records, 10_000);
			double rate = rate("raw JDBC batch insert", BATCH, t0);
			try (Statement s = c.createStatement()) {
				s.execute("SHUTDOWN");
			}
			return rate;
		}
	}

	/**
	 * Sets the parameters of {@code INSERT INTO ... VALUES (?,?,?,?,?,?,?,?,?,?,?)} for a table of the record's
	 * columns (id, key, created, modified, record id, uuid, part id, time, completed, difficulty, date).
	 */
	static void bind(PreparedStatement ps, UserRecord r, long id) throws java.sql.SQLException {
		String uuid = UUID.randomUUID().toString();
		Timestamp now = new Timestamp(System.currentTimeMillis());
		ps.setLong(1, id);
		ps.setString(2, uuid);
		ps.setTimestamp(3, now);
		ps.setTimestamp(4, now);
		ps.setLong(5, id);
		ps.setString(6, uuid);
		ps.setString(7, r.getPartId());
		ps.setLong(8, r.getTimeSpent());
		ps.setBoolean(9, r.isCompleted());
		ps.setInt(10, 0);
		ps.setTimestamp(11, new Timestamp(r.getDate().getTime()));
	}

	private static void insert(Connection c, List<UserRecord> records, long idBase) throws Exception {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO USERRECORD VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
			int n = 0;
			for (UserRecord r : records) {
				bind(ps, r, idBase + n);
				ps.addBatch();
				if (++n % StoreResources.CHUNK == 0) {
					ps.executeBatch();
					c.commit();
				}
			}
			ps.executeBatch();
			c.commit();
		}
	}

	private static double xmiSave(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<UserRecord> records = records(0, BATCH);
		long id = 0;
		for (UserRecord r : records) {
			r.setId(++id);
			r.setUuid(UUID.randomUUID().toString());
			r.setKey(r.getUuid());
		}
		Resource warm = new XMIResourceFactoryImpl().createResource(URI.createFileURI(dir.resolve("warm.xmi").toString()));
		warm.getContents().addAll(records(0, 2000));
		warm.save(null);
		Resource resource = new XMIResourceFactoryImpl()
				.createResource(URI.createFileURI(dir.resolve("records.xmi").toString()));
		resource.getContents().addAll(records);
		long t0 = System.nanoTime();
		resource.save(null);
		return rate("XMI save (" + (Files.size(dir.resolve("records.xmi")) >> 10) + " KB)", BATCH, t0);
	}

	private static void queries(Path dir, int size) throws Exception {
		System.out.printf(Locale.ROOT, "%n## %d records%n", size);
		CdoPartStore store = storeWithParts(dir);
		long t0 = System.nanoTime();
		for (int from = 0; from < size; from += SLICE) {
			store.addRecords(records(from, Math.min(SLICE, size - from)));
			System.out.printf(Locale.ROOT, "  filled %d records (%.0f s)%n", Math.min(size, from + SLICE),
					(System.nanoTime() - t0) / 1e9);
		}
		rate("fill via CDO chunked commits", size, t0);
		String url = EmbeddedRepository.jdbcUrl(dir.resolve("db"), false);
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			measureQueries(store, c, "with index");
			try (Statement s = c.createStatement()) {
				s.execute("DROP INDEX PF_RECORD_PARTID");
			}
			measureQueries(store, c, "without index");
			try (Statement s = c.createStatement()) {
				s.execute("CREATE INDEX PF_RECORD_PARTID ON USERRECORD(PARTID)");
			}
		}
		store.close();
		long open = System.nanoTime();
		CdoPartStore cold = new CdoPartStore(dir);
		long records = cold.info().records();
		double openMs = (System.nanoTime() - open) / 1e6;
		long first = System.nanoTime();
		int found = cold.listRecords(RecordQuery.forPart("P-00042")).size();
		System.out.printf(Locale.ROOT, "| cold open (to first info(), %d records) | %.0f ms |%n", records, openMs);
		System.out.printf(Locale.ROOT, "| first query after cold open (%d records) | %.1f ms |%n", found,
				(System.nanoTime() - first) / 1e6);
		cold.close();
		long closedSize = StoreLayout.size(dir.resolve("db"));
		System.out.printf(Locale.ROOT, "| database size after close | %d MB, %d bytes/record |%n", closedSize >> 20,
				closedSize / records);
		long compact = System.nanoTime();
		try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
			s.execute("SHUTDOWN COMPACT");
		}
		long compacted = StoreLayout.size(dir.resolve("db"));
		System.out.printf(Locale.ROOT, "| database size after SHUTDOWN COMPACT (%.1f s) | %d MB, %d bytes/record |%n",
				(System.nanoTime() - compact) / 1e9, compacted >> 20, compacted / records);
		FileSeal.seal(dir.resolve("db")); // the compaction above changed the sealed file: seal it as a clean close does
		reopen(dir);
	}

	/** The database size of a library that synchronises (each record with its outbox entry), filled alike. */
	private static void synchronisingSize(Path dir, int size) throws Exception {
		CdoPartStore store = storeWithParts(dir);
		store.trackChanges();
		long t0 = System.nanoTime();
		for (int from = 0; from < size; from += SLICE) {
			store.addRecords(records(from, Math.min(SLICE, size - from)));
		}
		rate("fill a synchronising library (with the outbox)", size, t0);
		store.close();
		long closed = StoreLayout.size(dir.resolve("db"));
		System.out.printf(Locale.ROOT, "| synchronising library: database size after close | %d MB, %d bytes/record |%n",
				closed >> 20, closed / size);
		delete(dir);
	}

	/**
	 * Cold open, first query and median partId queries through the store on an existing, sealed store directory.
	 */
	private static void reopen(Path dir) throws Exception {
		long open = System.nanoTime();
		CdoPartStore cold = new CdoPartStore(dir);
		long records = cold.info().records();
		double openMs = (System.nanoTime() - open) / 1e6;
		long first = System.nanoTime();
		int found = cold.listRecords(RecordQuery.forPart("P-00042")).size();
		double firstMs = (System.nanoTime() - first) / 1e6;
		double[] api = new double[11];
		double[] sql = new double[11];
		try (Connection c = DriverManager.getConnection(EmbeddedRepository.jdbcUrl(dir.resolve("db"), false), "sa", "");
				PreparedStatement ps = c.prepareStatement(RecordReader.sql(RecordQuery.forPart("x")).replace(":partId", "?"))) {
			for (int i = 0; i < api.length; i++) {
				String part = String.format(Locale.ROOT, "P-%05d", (i * 53 + 7) % PARTS);
				long t0 = System.nanoTime();
				cold.listRecords(RecordQuery.forPart(part));
				api[i] = (System.nanoTime() - t0) / 1e6;
				part = String.format(Locale.ROOT, "P-%05d", (i * 53 + 11) % PARTS);
				ps.setString(1, part);
				t0 = System.nanoTime();
				try (ResultSet rs = ps.executeQuery()) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int col = 1; col <= columns; col++) {
							rs.getObject(col);
						}
					}
				}
				sql[i] = (System.nanoTime() - t0) / 1e6;
			}
		}
		cold.close();
		System.out.printf(Locale.ROOT, "| reopened: cold open (%d records) | %.0f ms | first query (%d records) | %.1f ms"
				+ " | listRecords median of 11 | %.1f ms | the same SQL (all columns) on JDBC, median of 11 | %.1f ms |%n",
				records, openMs, found, firstMs, median(api), median(sql));
	}

	private static void measureQueries(CdoPartStore store, Connection c, String label) throws Exception {
		double[] sql = new double[21];
		try (PreparedStatement ps = c.prepareStatement("SELECT CDO_ID FROM USERRECORD WHERE PARTID = ?")) {
			for (int i = 0; i < sql.length; i++) {
				ps.setString(1, String.format(Locale.ROOT, "P-%05d", (i * 37) % PARTS));
				long t0 = System.nanoTime();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						rs.getLong(1);
					}
				}
				sql[i] = (System.nanoTime() - t0) / 1e6;
			}
		}
		double[] api = new double[11];
		int hits = 0;
		for (int i = 0; i < api.length; i++) {
			long t0 = System.nanoTime();
			hits = store.listRecords(RecordQuery.forPart(String.format(Locale.ROOT, "P-%05d", (i * 53) % PARTS))).size();
			api[i] = (System.nanoTime() - t0) / 1e6;
		}
		System.out.printf(Locale.ROOT, "| partId query %s: SQL median | %.2f ms | store.listRecords median (%d records"
				+ " each, copied) | %.1f ms |%n", label, median(sql), hits, median(api));
		System.out.println("  plan: " + store.explain("SELECT CDO_ID FROM USERRECORD WHERE PARTID = 'P-00001'")
				.replace('\n', ' '));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double rate(String label, int count, long t0) {
		double seconds = (System.nanoTime() - t0) / 1e9;
		double rate = count / seconds;
		System.out.printf(Locale.ROOT, "%-45s %8d objects in %7.2f s = %9.0f objects/s%n", label, count, seconds, rate);
		return rate;
	}

	static void delete(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}
}
