// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;
import dev.partforge.sync.BackgroundSync;
import dev.partforge.sync.ConnectionState;
import dev.partforge.sync.SyncStatus;

/**
 * The workbench's background synchronisation ({@link BackgroundSync}) on a real team server and real local stores:
 * nothing runs without a server, Sync Now runs a cycle whose listeners hear syncing and then online, a local change
 * wakes the waiting job so that a new record reaches the server by itself, and an unreachable server is offline with
 * its reason and retried.
 */
public final class BackgroundSyncTest {

	private static final Duration WAIT = Duration.ofSeconds(90);

	private static TeamFixture team;

	@BeforeAll
	static void start() throws Exception {
		team = TeamFixture.start();
		team.addUser("bg1");
	}

	@AfterAll
	static void stop() throws Exception {
		if (team != null) {
			team.close();
		}
	}

	@Test
	void withoutAServerNothingRunsAndSyncNowSaysSo() throws Exception {
		try (Desktop desktop = Desktop.open("bg-none", team.address(), "bg1", "bg1-pw")) {
			new RemoteSettings(desktop.data()).unset();
			BackgroundSync sync = new BackgroundSync(desktop.store(), desktop.data());
			assertFalse(sync.start(), "no job without a server");
			assertFalse(sync.running());
			sync.syncNow();
			Job.getJobManager().join(BackgroundSync.FAMILY, null);
			assertFalse(sync.running(), "a missing server is not retried");
			SyncStatus status = sync.status();
			assertEquals(ConnectionState.OFFLINE, status.state());
			assertEquals("no team server is set", status.message().orElseThrow());
		}
	}

	@Test
	void syncNowGoesOnlineAndALocalChangeReachesTheServerByItself() throws Exception {
		try (Desktop desktop = Desktop.open("bg-online", team.address(), "bg1", "bg1-pw")) {
			desktop.store().putPart(TestParts.part("BG-1", Difficulty.BEGINNER));
			BackgroundSync sync = new BackgroundSync(desktop.store(), desktop.data());
			List<ConnectionState> heard = new CopyOnWriteArrayList<>();
			List<Long> pending = new CopyOnWriteArrayList<>();
			sync.addListener(s -> {
				heard.add(s.state());
				pending.add(s.pending());
			});
			try {
				sync.syncNow();
				waitFor("online", () -> heard.contains(ConnectionState.ONLINE));
				assertTrue(heard.indexOf(ConnectionState.SYNCING) < heard.indexOf(ConnectionState.ONLINE),
						"syncing is heard before online: " + heard);
				assertTrue(sync.running(), "the job keeps synchronising");
				assertEquals(0, sync.status().pending());

				UserRecord record = TestParts.record("BG-1", 4200, true, null);
				desktop.store().addRecord(record);
				String uuid = desktop.store().listRecords(RecordQuery.forPart("BG-1")).get(0).getUuid();
				sync.changed();
				waitFor("the pending record is heard", () -> pending.contains(1L));
				waitFor("the record on the server", () -> count(uuid) == 1);
				waitFor("online again", () -> sync.status().state() == ConnectionState.ONLINE
						&& sync.status().pending() == 0);
			} finally {
				sync.stop();
				Job.getJobManager().join(BackgroundSync.FAMILY, null);
			}
			assertFalse(sync.running());
		}
	}

	@Test
	void anUnreachableServerIsOfflineWithItsReasonAndRetried() throws Exception {
		int closed;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = probe.getLocalPort();
		}
		try (Desktop desktop = Desktop.open("bg-offline", new InetSocketAddress("127.0.0.1", closed), "bg1", "x")) {
			BackgroundSync sync = new BackgroundSync(desktop.store(), desktop.data());
			try {
				assertTrue(sync.start());
				waitFor("offline", () -> sync.status().state() == ConnectionState.OFFLINE
						&& sync.status().message().orElse("").contains("is not reachable"));
				assertTrue(sync.running(), "an unreachable server is tried again");
			} finally {
				sync.stop();
				Job.getJobManager().join(BackgroundSync.FAMILY, null);
			}
		}
	}

	private static long count(String uuid) {
		try {
			return team.count("SELECT COUNT(*) FROM USERRECORD WHERE UUID = '" + uuid + "'");
		} catch (Exception e) {
			return -1; // the table appears with the first record pushed
		}
	}

	private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for: " + what);
			}
			Thread.sleep(100);
		}
	}
}
