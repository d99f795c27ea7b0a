// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.benchmarks.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.server.internal.Role;
import dev.partforge.server.internal.TeamServer;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.cdo.internal.CdoPartStore;
import dev.partforge.sync.internal.Remote;
import dev.partforge.sync.internal.ServerLink;
import dev.partforge.sync.internal.ServerSession;
import dev.partforge.sync.internal.SyncFailure;
import dev.partforge.sync.internal.Synchronizer;
import dev.partforge.tests.common.PostgresCluster;

/**
 * The sync benchmark of issue 9, in one run on one PostgreSQL cluster made for it: a team server, and per library
 * size a user with two desktops (real H2 stores). Measures the initial sync of the library (desktop A pushes all its
 * records, desktop B then pulls them) against the floor of raw JDBC batch inserts of the same rows into the same
 * PostgreSQL, and the incremental sync of one record (committed on A, A's cycle, then B's cycle until B has it).
 * Arguments: work directory, library sizes (comma separated), trials of the one-record sync.
 */
public final class SyncBenchmark {

	private static final int PARTS = 100;
	private static final int JDBC_BATCH = 500;
	private static final int FILL_SLICE = 5_000;

	private SyncBenchmark() {
	}

	/**
	 * @param args work directory, sizes, trials
	 * @throws Exception if anything fails (the benchmark stops)
	 */
	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		delete(work);
		Files.createDirectories(work);
		System.setProperty("java.io.tmpdir", work.toString());
		int[] sizes = Arrays.stream(args[1].split("[ ,]+")).filter(s -> !s.isBlank()).mapToInt(Integer::parseInt)
				.toArray();
		int trials = Integer.parseInt(args[2]);
		System.out.printf(Locale.ROOT, "sync benchmark: sizes %s, %d one-record trials, %d cores, Java %s%n",
				Arrays.toString(sizes), trials, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		long started = System.nanoTime();
		try (PostgresCluster postgres = PostgresCluster.start();
				TeamServer server = TeamServer.start(postgres.dataSource(), "127.0.0.1", 0)) {
			int port = server.address().getPort();
			connectOnce(server, port);
			List<String> rows = new ArrayList<>();
			for (int i = 0; i < sizes.length; i++) {
				String user = "bench" + i;
				server.users().add(user, (user + "-pw").toCharArray(), Role.STUDENT);
				int size = sizes[i];
				double jdbc = jdbcFloor(postgres, size);
				try (Desktop a = Desktop.open(work.resolve(user + "-a"), port, user);
						Desktop b = Desktop.open(work.resolve(user + "-b"), port, user)) {
					a.fill(size);
					long t0 = System.nanoTime();
					Synchronizer.Result pushed = a.sync();
					double push = seconds(t0);
					t0 = System.nanoTime();
					Synchronizer.Result pulled = b.sync();
					double pull = seconds(t0);
					check(pushed.recordsPushed() == size, "A pushed " + pushed);
					check(pulled.recordsPulled() == size && b.records() == size, "B pulled " + pulled);
					System.out.printf(Locale.ROOT,
							"%,d records: push A->server %.2f s, pull server->B %.2f s, JDBC batch floor %.2f s%n", size,
							push, pull, jdbc);
					rows.add(String.format(Locale.ROOT, "| initial sync, %,d records | push %.1f s + pull %.1f s = %.1f s "
							+ "| %.2f s | %.0fx |", size, push, pull, push + pull, jdbc, (push + pull) / jdbc));
					if (i == 0) {
						rows.addAll(oneRecord(a, b, trials, size, port, user));
					}
				}
			}
			System.out.printf(Locale.ROOT, "%n| what | PartForge sync | raw JDBC floor, same rows, same PostgreSQL "
					+ "| ratio |%n|---|---|---|---|%n");
			rows.forEach(System.out::println);
		}
		System.out.printf(Locale.ROOT, "run time %.0f s%n", seconds(started));
	}

	/** Loads the classes of a session once, so that the first measured cycle does not pay for it. */
	private static void connectOnce(TeamServer server, int port) throws Exception {
		server.users().add("warmup", "warmup-pw".toCharArray(), Role.STUDENT);
		try (ServerSession session = ServerSession.open(Remote.parse("tcp://127.0.0.1:" + port, "warmup"),
				"warmup-pw".toCharArray())) {
			session.session().openView().close();
		}
	}

	private static List<String> oneRecord(Desktop a, Desktop b, int trials, int size, int port, String user)
			throws Exception {
		long[] visible = new long[trials];
		long[] pushes = new long[trials];
		long[] connects = new long[trials];
		for (int t = 0; t < trials; t++) {
			UserRecord record = record(size + t);
			record.setUuid(null); // as the workbench adds one: the store gives it a uuid and queues it in the outbox
			long t0 = System.nanoTime();
			a.store.addRecord(record);
			a.sync();
			pushes[t] = System.nanoTime() - t0;
			b.sync();
			visible[t] = System.nanoTime() - t0;
			check(b.records() == size + t + 1, "B has " + b.records() + " records after trial " + t);
			long c0 = System.nanoTime();
			try (ServerSession session = ServerSession.open(Remote.parse("tcp://127.0.0.1:" + port, user),
					(user + "-pw").toCharArray())) {
				connects[t] = System.nanoTime() - c0;
			}
		}
		System.out.printf(Locale.ROOT,
				"one record on a %,d-record library, %d trials: commit on A -> visible on B p50 %.0f ms, p95 %.0f ms, "
						+ "max %.0f ms (A's cycle p50 %.0f ms; log-in alone p50 %.0f ms; log-ins A %d, B %d)%n",
				size, trials, p(visible, 50), p(visible, 95), p(visible, 100), p(pushes, 50), p(connects, 50),
				a.link.logins(), b.link.logins());
		return List.of(String.format(Locale.ROOT,
				"| one record, commit on A → visible on B (library of %,d, %d trials) | p50 %.0f ms, p95 %.0f ms, max "
						+ "%.0f ms (A's cycle p50 %.0f ms, log-in alone p50 %.0f ms) | – | – |",
				size, trials, p(visible, 50), p(visible, 95), p(visible, 100), p(pushes, 50), p(connects, 50)));
	}

	/** Inserts the same rows with JDBC batches into a table of the record's shape; returns seconds. */
	private static double jdbcFloor(PostgresCluster postgres, int size) throws Exception {
		String table = "bench_records_" + size;
		try (Connection c = postgres.dataSource().getConnection()) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE TABLE " + table + " (cdo_id BIGINT PRIMARY KEY, uuid VARCHAR(64) NOT NULL UNIQUE, "
						+ "part_id VARCHAR(64), time_spent BIGINT, completed BOOLEAN, date TIMESTAMP, created TIMESTAMP)");
			}
			c.setAutoCommit(false);
			List<UserRecord> records = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				records.add(record(i));
			}
			long t0 = System.nanoTime();
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?,?,?,?,?,?,?)")) {
				long id = 0;
				for (UserRecord r : records) {
					insert.setLong(1, ++id);
					insert.setString(2, r.getUuid());
					insert.setString(3, r.getPartId());
					insert.setLong(4, r.getTimeSpent());
					insert.setBoolean(5, r.isCompleted());
					insert.setTimestamp(6, new Timestamp(r.getDate().getTime()));
					insert.setTimestamp(7, new Timestamp(System.currentTimeMillis()));
					insert.addBatch();
					if (id % JDBC_BATCH == 0) {
						insert.executeBatch();
						c.commit();
					}
				}
				insert.executeBatch();
				c.commit();
			}
			return seconds(t0);
		}
	}

	private static UserRecord record(int i) {
		UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
		r.setUuid(UUID.randomUUID().toString());
		r.setPartId(partId(i % PARTS));
		r.setTimeSpent(1000L + i % 600_000);
		r.setCompleted(i % 3 == 0);
		r.setDate(Date.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L)));
		return r;
	}

	private static String partId(int i) {
		return String.format(Locale.ROOT, "P-%05d", i);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static double p(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static void check(boolean ok, String what) {
		if (!ok) {
			throw new IllegalStateException("sync did not do what it should: " + what);
		}
	}

	private static void delete(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(f);
				}
			}
		}
	}

	/** A desktop: a data directory with its local store and sync service, connected as a user. */
	private static final class Desktop implements AutoCloseable {

		private final Path data;
		private final CdoPartStore store;
		private final Remote remote;
		private final ServerLink link = new ServerLink();

		/** Whether a cycle succeeded on this desktop (LocalSync: a last sync in its status file). */
		private boolean synced;

		private Desktop(Path data, Remote remote) {
			this.data = data;
			this.store = new CdoPartStore(data.resolve("store"));
			this.remote = remote;
		}

		static Desktop open(Path data, int port, String user) throws IOException {
			Files.createDirectories(data);
			return new Desktop(data, Remote.parse("tcp://127.0.0.1:" + port, user));
		}

		/** The parts and {@code size} records, in chunked commits (not measured). */
		void fill(int size) {
			List<StoredPart> parts = new ArrayList<>();
			for (int i = 0; i < PARTS; i++) {
				StoredPart p = ModelFactory.eINSTANCE.createStoredPart();
				p.setId(partId(i));
				p.setRecipe(ModelFactory.eINSTANCE.createPartRecipe());
				p.getRecipe().setDifficulty(Difficulty.get(i % 3));
				p.getRecipe().setSeed(i);
				p.getRecipe().setStock(ModelFactory.eINSTANCE.createRecipeElement());
				p.getRecipe().getStock().setKind("block");
				parts.add(p);
			}
			store.putParts(parts);
			for (int from = 0; from < size; from += FILL_SLICE) {
				List<UserRecord> slice = new ArrayList<>();
				for (int i = from; i < Math.min(size, from + FILL_SLICE); i++) {
					slice.add(record(i));
				}
				store.addRecords(slice);
			}
		}

		/**
		 * One cycle as {@code LocalSync} runs it: on the session kept open from the last cycle ({@link ServerLink}),
		 * synchronise (incrementally after the first cycle). (LocalSync itself keeps the password in Eclipse secure
		 * storage, which needs a running OSGi framework; this application has none.)
		 */
		Synchronizer.Result sync() throws Exception {
			return link.run(remote, (remote.user() + "-pw").toCharArray(), new NullProgressMonitor(), session -> {
				try {
					// the first cycle of a data directory compares everything, as LocalSync's does
					Synchronizer.Result result = Synchronizer.of(store, data, session, remote)
							.run(new NullProgressMonitor(), !synced);
					synced = true;
					return result;
				} catch (IOException e) {
					throw new SyncFailure(SyncFailure.Kind.FAILED, e.getMessage(), e);
				}
			});
		}

		long records() {
			return store.listRecords(RecordQuery.ALL).size();
		}

		@Override
		public void close() {
			link.close();
			store.close();
		}
	}
}
