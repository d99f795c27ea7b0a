// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;
import dev.partforge.tests.common.ChildJvm;
import dev.partforge.tests.common.PostgresCluster;

/**
 * Kill -9 in the middle of a push, in separate JVMs on a real PostgreSQL cluster: the team server killed while a
 * desktop pushes, then restarted; a desktop killed right after the server committed a batch of its outbox, before it
 * removed the batch locally, then started again. Either way the next cycle completes and the server ends with every
 * record exactly once. And two desktops as two JVMs that edited the same part and added records offline converge.
 */
public final class CrashScenarioTest {

	private static final int RECORDS = 5000;

	private static PostgresCluster postgres;
	private static Path work;
	private static int port;
	private Process server;

	@BeforeAll
	static void cluster() throws Exception {
		postgres = PostgresCluster.start();
		work = Path.of(System.getProperty("partforge.testOutput", System.getProperty("java.io.tmpdir")))
				.resolve("crash-scenarios");
		java.nio.file.Files.createDirectories(work);
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
	}

	@AfterAll
	static void dropCluster() throws Exception {
		if (postgres != null) {
			postgres.close();
		}
	}

	@AfterEach
	void killServer() throws InterruptedException {
		if (server != null) {
			server.destroyForcibly().waitFor();
		}
	}

	private void startServer(String... users) throws Exception {
		List<String> args = new ArrayList<>(List.of(postgres.url(), PostgresCluster.SUPERUSER,
				PostgresCluster.PASSWORD, Integer.toString(port)));
		args.addAll(List.of(users));
		server = ChildJvm.start(work, TeamServerChild.class, List.of("org.postgresql"), Map.of(),
				args.toArray(String[]::new));
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		assertTrue(line != null && line.startsWith("LISTENING"), () -> "the server did not start: " + ChildJvm.log(server));
	}

	private static long count(String sql) throws SQLException {
		try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		} catch (SQLException e) {
			if ("42P01".equals(e.getSQLState())) {
				return 0; // no record table yet
			}
			throw e;
		}
	}

	/** Waits until some but not all records of a part are on the server. */
	private static long waitForPartOfThePush(String partId, Process watched) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			long n = count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = '" + partId + "'");
			if (n > 0) {
				return n;
			}
			assertTrue(watched == null || watched.isAlive(), () -> "the child ended early: " + ChildJvm.log(watched));
			Thread.sleep(5);
		}
		throw new AssertionError("no record of " + partId + " reached the server within 120 s");
	}

	private static Desktop withRecords(String name, String user, String partId) throws Exception {
		Desktop desktop = Desktop.open(name, new InetSocketAddress("127.0.0.1", port), user, user + "-pw");
		desktop.store().trackChanges(); // as after a first synchronisation: the changes below are queued
		desktop.store().putPart(TestParts.part(partId, Difficulty.BEGINNER));
		List<UserRecord> records = new ArrayList<>();
		for (int i = 0; i < RECORDS; i++) {
			records.add(TestParts.record(partId, 1000 + i, false, null));
		}
		desktop.store().addRecords(records);
		return desktop;
	}

	/** Runs one cycle in a desktop JVM per data directory, all at once, and waits for all of them. */
	private static void syncInChildren(String user, Path... desktops) throws Exception {
		List<Process> children = new ArrayList<>();
		for (Path data : desktops) {
			children.add(ChildJvm.start(work, DesktopChild.class, List.of("org.eclipse.osgi"), Map.of(),
					data.toString(), Integer.toString(port), user));
		}
		for (Process child : children) {
			assertTrue(child.waitFor(120, TimeUnit.SECONDS), () -> "a desktop did not finish: " + ChildJvm.log(child));
			String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(child.exitValue() == 0 && out.contains("SYNCED "), () -> out + ChildJvm.log(child));
		}
	}

	private static double depth(Desktop desktop, String id) {
		return desktop.store().getPart(id).orElseThrow().getRecipe().getFeatures().get(1).getParams().get(1).getValue();
	}

	private static void setDepth(Desktop desktop, String id, double depth) {
		StoredPart part = desktop.store().getPart(id).orElseThrow();
		part.getRecipe().getFeatures().get(1).getParams().get(1).setValue(depth);
		desktop.store().putPart(part);
	}

	/**
	 * Two desktops of one user, each in its own JVM, both offline: each edits the same part and adds records. Both
	 * sync at the same time, then again: the later edit wins on both and on the server, and every record is on both
	 * desktops and on the server exactly once.
	 */
	@Test
	void twoDesktopsInTheirOwnJvmsEditOfflineThenConverge() throws Exception {
		startServer("k3");
		InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
		Desktop first = Desktop.open("conv-a", address, "k3", "k3-pw");
		Desktop second = Desktop.open("conv-b", address, "k3", "k3-pw");
		first.store().putPart(TestParts.part("K3-1", Difficulty.BEGINNER));
		first.syncOrFail();
		second.syncOrFail();
		setDepth(first, "K3-1", 10);
		for (int i = 0; i < 3; i++) {
			first.store().addRecord(TestParts.record("K3-1", 1000 + i, false, null));
		}
		Thread.sleep(20);
		setDepth(second, "K3-1", 12); // the later edit
		second.store().addRecords(List.of(TestParts.record("K3-1", 5000, true, null),
				TestParts.record("K3-1", 6000, false, null)));
		first.store().close(); // the desktop JVMs open the data directories; Desktop.reopen deletes them at the end
		second.store().close();

		syncInChildren("k3", first.data(), second.data());
		syncInChildren("k3", first.data(), second.data());

		try (Desktop onA = Desktop.reopen(first.data()); Desktop onB = Desktop.reopen(second.data())) {
			for (Desktop d : List.of(onA, onB)) {
				assertEquals(12, depth(d, "K3-1"), "the later edit wins");
				assertEquals(5, d.store().listRecords(RecordQuery.forPart("K3-1")).size());
				assertEquals(0, d.store().outboxSize());
				assertEquals(1000 + 1001 + 1002 + 5000 + 6000, d.store().getPart("K3-1").orElseThrow().getTimeSpent());
			}
			assertEquals(onA.recordUuids(), onB.recordUuids());
			assertEquals(onA.partTexts(), onB.partTexts());
			assertEquals(5, count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'K3-1'"));
			assertEquals(5, count("SELECT COUNT(DISTINCT UUID) FROM USERRECORD WHERE PARTID = 'K3-1'"));
		}
	}

	@Test
	void aDesktopKilledAfterTheServerCommittedABatchFinishesItsOutboxAfterARestart() throws Exception {
		startServer("k2");
		Desktop first = withRecords("desktop-killed", "k2", "K2-1");
		Path data = first.data();
		assertEquals(RECORDS + 1, first.store().outboxSize(), "the part and each record queued");
		first.store().close(); // the child opens the data directory
		Process desktop = ChildJvm.start(work, DesktopChild.class, List.of("org.eclipse.osgi"),
				Map.of(PausePoints.PROPERTY, PausePoints.SERVER_COMMITTED), data.toString(), Integer.toString(port),
				"k2");
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(desktop.getInputStream(), StandardCharsets.UTF_8))) {
			String line = out.readLine();
			while (line != null && !line.startsWith("PAUSED")) {
				line = out.readLine();
			}
			assertEquals("PAUSED " + PausePoints.SERVER_COMMITTED, line, () -> ChildJvm.log(desktop));
			desktop.toHandle().destroyForcibly(); // SIGKILL
			assertTrue(desktop.waitFor(60, TimeUnit.SECONDS), "the desktop did not die");
		}
		// the first batch: the part and 499 records, committed on the server, still in the local outbox
		assertEquals(Synchronizer.BATCH - 1, count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'K2-1'"));

		try (Desktop again = Desktop.reopen(data)) {
			assertEquals(RECORDS + 1, again.store().outboxSize(), "the outbox survived the kill");
			Synchronizer.Result result = again.syncOrFail();
			assertEquals(RECORDS - (Synchronizer.BATCH - 1), result.recordsPushed(), result.toString());
			assertEquals(0, again.store().outboxSize());
			assertEquals(0, again.sync().status().pending());
			assertEquals(RECORDS, count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'K2-1'"));
			assertEquals(RECORDS, count("SELECT COUNT(DISTINCT UUID) FROM USERRECORD WHERE PARTID = 'K2-1'"));
			assertEquals(1, count("SELECT COUNT(*) FROM STOREDPART WHERE ID = 'K2-1'"));
			assertEquals(RECORDS, again.store().listRecords(RecordQuery.forPart("K2-1")).size());
		}
	}

	@Test
	void theServerKilledMidPushLosesAndDuplicatesNothingAfterARestart() throws Exception {
		startServer("k1");
		try (Desktop desktop = withRecords("server-killed", "k1", "K1-1")) {
			CompletableFuture<Synchronizer.Result> push = CompletableFuture.supplyAsync(() -> {
				try {
					return desktop.syncOrFail();
				} catch (SyncFailure e) {
					throw new IllegalStateException(e);
				}
			});
			long before = waitForPartOfThePush("K1-1", server);
			server.destroyForcibly().waitFor();
			long atKill = count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'K1-1'");
			assertTrue(before > 0 && atKill < RECORDS, "killed after " + atKill + " of " + RECORDS + " records");
			ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
					() -> push.get(120, TimeUnit.SECONDS));
			assertTrue(failed.getCause().getCause() instanceof SyncFailure f && f.retryable(), failed.toString());

			startServer("k1");
			desktop.syncOrFail();
			assertEquals(RECORDS, count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'K1-1'"));
			assertEquals(RECORDS, count("SELECT COUNT(DISTINCT UUID) FROM USERRECORD WHERE PARTID = 'K1-1'"));
			assertEquals(RECORDS, desktop.store().listRecords(RecordQuery.forPart("K1-1")).size());

			// the session kept from that cycle dies with the server: the next cycle logs in again by itself
			server.destroyForcibly().waitFor();
			startServer("k1");
			desktop.store().addRecord(TestParts.record("K1-1", 1, true, null));
			assertEquals(1, desktop.syncOrFail().recordsPushed());
			assertEquals(RECORDS + 1, count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'K1-1'"));
		}
	}
}
