// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;

/**
 * JMH: the store's small operations on a real H2 file holding 1,000 parts and {@link #records} records (record
 * <i>i</i> belongs to part <i>i</i> mod 1,000, as in {@link StoreBenchmark}), each against a baseline on the same
 * database in the same run:
 * <ul>
 * <li>{@link #queryByPartId}: {@code listRecords} of one part (100 records at 10⁵) vs {@link #queryByPartIdJdbc},
 * the same SQL on a JDBC connection reading every column;</li>
 * <li>{@link #addRecord}: one record in its own commit (with its part's totals, fsync) vs {@link #insertJdbc}, one
 * row of the same columns inserted and committed by JDBC, then {@code CHECKPOINT SYNC} as the store does.</li>
 * </ul>
 * Each also counts the CPU time of the benchmark thread per operation ({@link Cpu}): on the shared 2-core machine the
 * wall clock mostly measures waiting for a core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreJmh {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Records in the store before measuring. */
	@Param({ "100000" })
	public int records;

	private Path dir;
	private CdoPartStore store;
	private Connection jdbc;
	private PreparedStatement byPart;
	private PreparedStatement insert;
	private int next;
	private int added;
	private long rowId = 1L << 40;

	/** CPU time of the benchmark thread, per operation. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Cpu {
		/** CPU milliseconds of this thread summed over the iteration's operations (divide by the count). */
		public double cpuMs;
		/** Operations of the iteration. */
		public long ops;
		long start;

		@Setup(Level.Invocation)
		public void begin() {
			start = THREADS.getCurrentThreadCpuTime();
		}

		@TearDown(Level.Invocation)
		public void end() {
			cpuMs += (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
			ops++;
		}
	}

	/** Fills the store and creates the baseline table. */
	@Setup(Level.Trial)
	public void fill() throws Exception {
		dir = Files.createTempDirectory("store-jmh");
		store = new CdoPartStore(dir);
		store.putParts(StoreBenchmark.parts());
		for (int from = 0; from < records; from += 50_000) {
			store.addRecords(StoreBenchmark.records(from, Math.min(50_000, records - from)));
		}
		jdbc = DriverManager.getConnection(EmbeddedRepository.jdbcUrl(dir.resolve("db"), false), "sa", "");
		try (Statement s = jdbc.createStatement()) {
			s.execute("CREATE TABLE BASELINE (CDO_ID BIGINT PRIMARY KEY, KEY0 VARCHAR, CREATED TIMESTAMP,"
					+ " MODIFIED TIMESTAMP, ID BIGINT, UUID VARCHAR, PARTID VARCHAR, TIMESPENT BIGINT,"
					+ " COMPLETED BOOLEAN, DIFFICULTY INTEGER, DATE0 TIMESTAMP)");
			s.execute("CREATE INDEX BASELINE_PARTID ON BASELINE(PARTID)");
		}
		byPart = jdbc.prepareStatement(RecordReader.sql(RecordQuery.forPart("x")).replace(":partId", "?"));
		insert = jdbc.prepareStatement("INSERT INTO BASELINE VALUES (?,?,?,?,?,?,?,?,?,?,?)");
		System.out.printf(Locale.ROOT, "%nStoreJmh: %d records in %s%n", store.info().records(), dir);
	}

	/** Closes and deletes the store. */
	@TearDown(Level.Trial)
	public void close() throws Exception {
		byPart.close();
		insert.close();
		try (Statement s = jdbc.createStatement()) {
			s.execute("DROP TABLE BASELINE");
		}
		jdbc.close();
		store.close();
		StoreBenchmark.delete(dir);
	}

	private String nextPart() {
		next = (next + 53) % 1000;
		return String.format(Locale.ROOT, "P-%05d", next);
	}

	/** @return the records of one part, through the store */
	@Benchmark
	public List<UserRecord> queryByPartId(Cpu cpu) {
		return store.listRecords(RecordQuery.forPart(nextPart()));
	}

	/** @return the same rows by the same SQL on JDBC, every column read (baseline) */
	@Benchmark
	public List<Object[]> queryByPartIdJdbc(Cpu cpu) throws Exception {
		byPart.setString(1, nextPart());
		List<Object[]> rows = new ArrayList<>();
		try (ResultSet rs = byPart.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Object[] row = new Object[columns];
				for (int c = 0; c < columns; c++) {
					row[c] = rs.getObject(c + 1);
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/** @return the id of one record added in its own commit, through the store */
	@Benchmark
	public long addRecord(Cpu cpu) {
		return store.addRecord(StoreBenchmark.records(added++, 1).get(0));
	}

	/** Inserts and commits one row of the same columns by JDBC, then syncs as the store does (baseline). */
	@Benchmark
	public void insertJdbc(Cpu cpu) throws Exception {
		StoreBenchmark.bind(insert, StoreBenchmark.records(added++, 1).get(0), rowId++);
		insert.executeUpdate(); // auto-commit
		try (Statement s = jdbc.createStatement()) {
			s.execute("CHECKPOINT SYNC");
		}
	}
}
