// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;
import dev.partforge.sync.ConnectionState;
import dev.partforge.sync.SyncStatus;

/**
 * Desktops with real local stores (H2) synchronising with a real team server on a real PostgreSQL cluster: records
 * and parts are pushed and pulled by business key, repeated deliveries are applied once, and each conflict rule of
 * docs/sync.md holds on both sides. Each test uses its own user and part ids (the server is shared by the class).
 */
public final class SyncTest {

	private static TeamFixture team;
	private static InetSocketAddress address;

	@BeforeAll
	static void start() throws Exception {
		team = TeamFixture.start();
		address = team.address();
	}

	@AfterAll
	static void stop() throws Exception {
		if (team != null) {
			team.close();
		}
	}

	private static Desktop desktop(String user, String name) throws Exception {
		return Desktop.open(name, address, user, user + "-pw");
	}

	private static StoredPart edited(StoredPart part, double depth) {
		StoredPart copy = EcoreUtil.copy(part);
		copy.getRecipe().getFeatures().get(1).getParams().get(1).setValue(depth);
		return copy;
	}

	private static double depth(Desktop desktop, String id) {
		return desktop.store().getPart(id).orElseThrow().getRecipe().getFeatures().get(1).getParams().get(1).getValue();
	}

	private static Set<String> uuids(Desktop desktop, String prefix) {
		return desktop.store().listRecords(RecordQuery.ALL).stream().filter(r -> r.getPartId().startsWith(prefix))
				.map(UserRecord::getUuid).collect(Collectors.toSet());
	}

	@Test
	void twoDesktopsConvergeAndAFurtherCycleMovesNothing() throws Exception {
		team.addUser("u1");
		try (Desktop a = desktop("u1", "a"); Desktop b = desktop("u1", "b")) {
			a.store().putParts(List.of(TestParts.part("C1-1", Difficulty.BEGINNER),
					TestParts.part("C1-2", Difficulty.EXPERT)));
			a.store().addRecords(List.of(TestParts.record("C1-1", 1000, false, null),
					TestParts.record("C1-1", 2000, true, null), TestParts.record("C1-2", 4000, false, null)));
			b.store().putPart(TestParts.part("C1-3", Difficulty.INTERMEDIATE));
			b.store().addRecords(List.of(TestParts.record("C1-3", 500, false, null),
					TestParts.record("C1-3", 700, true, null)));

			// parts pulled also count other tests' parts of the shared library: compare the rest exactly
			Synchronizer.Result first = a.syncOrFail();
			assertEquals(List.of(2, 3, 0), List.of(first.partsPushed(), first.recordsPushed(), first.recordsPulled()));
			Synchronizer.Result second = b.syncOrFail();
			assertEquals(List.of(1, 2, 3), List.of(second.partsPushed(), second.recordsPushed(), second.recordsPulled()));
			assertTrue(b.store().getPart("C1-1").isPresent() && b.store().getPart("C1-2").isPresent());
			Synchronizer.Result third = a.syncOrFail();
			assertEquals(List.of(0, 0, 2), List.of(third.partsPushed(), third.recordsPushed(), third.recordsPulled()));
			assertTrue(a.store().getPart("C1-3").isPresent());

			assertEquals(5, uuids(a, "C1-").size());
			assertEquals(uuids(a, "C1-"), uuids(b, "C1-"));
			assertEquals(5, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID LIKE 'C1-%'"));
			assertEquals(a.partTexts(), b.partTexts());
			assertEquals(new Synchronizer.Result(0, 0, 0, 0), a.syncOrFail());
			assertEquals(new Synchronizer.Result(0, 0, 0, 0), b.syncOrFail());
			SyncStatus status = a.sync().status();
			assertEquals(ConnectionState.ONLINE, status.state());
			assertEquals(0, status.pending());
			assertTrue(status.lastSync().isPresent());
		}
	}

	@Test
	void aRecordDeliveredTwiceIsStoredOnce() throws Exception {
		team.addUser("u2");
		try (Desktop a = desktop("u2", "a")) {
			a.store().putPart(TestParts.part("C2-1", Difficulty.BEGINNER));
			a.syncOrFail(); // not the first cycle, which compares everything anyway
			a.store().addRecords(List.of(TestParts.record("C2-1", 1000, false, null),
					TestParts.record("C2-1", 3000, false, null)));
			UserRecord first = a.store().listRecords(RecordQuery.forPart("C2-1")).get(0);
			// as if an earlier push had committed this record and its acknowledgement was lost: the push's marker stays
			Files.writeString(a.data().resolve("sync").resolve(Synchronizer.IN_FLIGHT), "");
			try (ServerSession session = ServerSession.open(Remote.parse("127.0.0.1:" + address.getPort(), "u2"),
					"u2-pw".toCharArray())) {
				CDOTransaction tx = session.session().openTransaction();
				tx.getOrCreateResource("/users/u2/records-" + first.getUuid().charAt(0)).getContents()
						.add(EcoreUtil.copy(first));
				tx.commit();
				tx.close();
			}
			Synchronizer.Result result = a.syncOrFail();
			assertEquals(1, result.recordsPushed());
			assertEquals(0, result.recordsPulled());
			assertTrue(Files.notExists(a.data().resolve("sync").resolve(Synchronizer.IN_FLIGHT)));
			assertEquals(2, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'C2-1'"));
			assertEquals(2, a.store().listRecords(RecordQuery.forPart("C2-1")).size());
		}
	}

	/**
	 * The outbox names what a cycle pushes; the full comparison (the first cycle of a data directory, or asked for)
	 * also finds what reached the store without an entry, as records written before schema v4 did.
	 */
	@Test
	void theFullComparisonPushesWhatTheOutboxDoesNotName() throws Exception {
		team.addUser("u11");
		try (Desktop a = desktop("u11", "a")) {
			a.store().putPart(TestParts.part("C11-1", Difficulty.BEGINNER));
			a.store().addRecord(TestParts.record("C11-1", 500, false, null));
			a.syncOrFail();
			UserRecord unqueued = TestParts.record("C11-1", 1000, false, null);
			unqueued.setUuid(UUID.randomUUID().toString());
			a.store().importRecords(List.of(unqueued)); // stored without an outbox entry, as before schema v4
			assertEquals(0, a.store().outboxSize());

			assertEquals(0, a.syncOrFail().recordsPushed());
			assertEquals(1, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'C11-1'"));
			assertEquals(1, a.sync().run(new NullProgressMonitor(), true).recordsPushed());
			assertEquals(2, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'C11-1'"));
		}
	}

	/** Rule: records are append-only, so both sides end with the union; timeSpent and completed are derived. */
	@Test
	void recordsAddedOfflineOnBothSidesAreAllKeptAndTheTotalsFollowThem() throws Exception {
		team.addUser("u3");
		try (Desktop a = desktop("u3", "a"); Desktop b = desktop("u3", "b")) {
			a.store().putPart(TestParts.part("C3-1", Difficulty.BEGINNER));
			a.syncOrFail();
			b.syncOrFail();
			a.store().addRecords(List.of(TestParts.record("C3-1", 1000, false, null),
					TestParts.record("C3-1", 2000, false, null)));
			b.store().addRecords(List.of(TestParts.record("C3-1", 30000, true, null)));
			a.syncOrFail();
			b.syncOrFail();
			a.syncOrFail();
			assertEquals(3, uuids(a, "C3-").size());
			assertEquals(uuids(a, "C3-"), uuids(b, "C3-"));
			for (Desktop d : List.of(a, b)) {
				StoredPart part = d.store().getPart("C3-1").orElseThrow();
				assertEquals(33000, part.getTimeSpent());
				assertTrue(part.isCompleted());
			}
		}
	}

	/** Rule: a shared part edited on both sides: the later edit wins on both sides and on the server. */
	@Test
	void bothEditTheSamePartOfflineAndTheLaterEditWinsEverywhere() throws Exception {
		team.addUser("u4");
		try (Desktop a = desktop("u4", "a"); Desktop b = desktop("u4", "b")) {
			StoredPart part = a.store().putPart(TestParts.part("C4-1", Difficulty.BEGINNER));
			a.syncOrFail();
			b.syncOrFail();
			a.store().putPart(edited(part, 10));
			Thread.sleep(20);
			b.store().putPart(edited(part, 12));
			a.syncOrFail();
			b.syncOrFail();
			a.syncOrFail();
			assertEquals(12, depth(a, "C4-1"));
			assertEquals(12, depth(b, "C4-1"));
			assertEquals(a.partTexts(), b.partTexts());
		}
	}

	/**
	 * Rule: a part whose shared content changed on one side only takes that content, even if the other side touched
	 * the part later (a record or a bookmark changes its modified time, not its recipe).
	 */
	@Test
	void aPartEditedOnOneSideWinsOverALaterTouchOnTheOther() throws Exception {
		team.addUser("u5");
		try (Desktop a = desktop("u5", "a"); Desktop b = desktop("u5", "b")) {
			StoredPart part = a.store().putPart(TestParts.part("C5-1", Difficulty.BEGINNER));
			a.syncOrFail();
			b.syncOrFail();
			b.store().putPart(edited(b.store().getPart("C5-1").orElseThrow(), 14));
			Thread.sleep(20);
			a.store().addRecord(TestParts.record("C5-1", 1000, false, null));
			StoredPart bookmarked = a.store().getPart("C5-1").orElseThrow();
			bookmarked.setBookmarked(true);
			a.store().putPart(bookmarked);
			assertTrue(a.store().getPart("C5-1").orElseThrow().getModified()
					.after(b.store().getPart("C5-1").orElseThrow().getModified()));
			a.syncOrFail();
			b.syncOrFail();
			a.syncOrFail();
			assertEquals(14, depth(a, "C5-1"));
			assertEquals(14, depth(b, "C5-1"));
			assertEquals(part.getRecipe().getName(), a.store().getPart("C5-1").orElseThrow().getRecipe().getName());
		}
	}

	/**
	 * Rule: bookmarks are per user: they follow the user to another desktop (through {@code /users/<user>/state}),
	 * stay off the shared library and away from other users, and the later change wins.
	 */
	@Test
	void aBookmarkFollowsItsUserToAnotherDesktopAndNoOneElse() throws Exception {
		team.addUser("u6");
		team.addUser("u12");
		try (Desktop a = desktop("u6", "a"); Desktop b = desktop("u6", "b"); Desktop c = desktop("u12", "c")) {
			StoredPart part = TestParts.part("C6-1", Difficulty.BEGINNER);
			part.setBookmarked(true);
			a.store().putPart(part);
			a.syncOrFail();
			b.syncOrFail();
			c.syncOrFail();
			assertTrue(a.store().getPart("C6-1").orElseThrow().isBookmarked());
			assertTrue(b.store().getPart("C6-1").orElseThrow().isBookmarked(), "the bookmark follows its user");
			assertFalse(c.store().getPart("C6-1").orElseThrow().isBookmarked(), "another user's bookmark");
			assertEquals(0, team.count("SELECT COUNT(*) FROM STOREDPART WHERE ID = 'C6-1' AND BOOKMARKED"));
			assertEquals(1, team.count("SELECT COUNT(*) FROM PARTSTATE WHERE PARTID = 'C6-1' AND BOOKMARKED"));
			assertEquals(0, b.store().outboxSize(), "a pulled bookmark is not queued again");

			StoredPart onA = a.store().getPart("C6-1").orElseThrow();
			onA.setBookmarked(false);
			a.store().putPart(onA);
			Thread.sleep(20);
			StoredPart onB = b.store().getPart("C6-1").orElseThrow();
			onB.setBookmarked(true);
			onB.setLastViewed(new java.util.Date());
			b.store().putPart(onB); // the later change: bookmarked again
			a.syncOrFail();
			b.syncOrFail();
			a.syncOrFail();
			assertTrue(a.store().getPart("C6-1").orElseThrow().isBookmarked(), "the later change wins");
			assertTrue(b.store().getPart("C6-1").orElseThrow().isBookmarked());
			assertEquals(onB.getLastViewed(), a.store().getPart("C6-1").orElseThrow().getLastViewed());
		}
	}

	/**
	 * The pull is incremental: a cycle reads the user's records from the server only if another session committed
	 * since the last pull (the server's commit infos) or the outbox names a record; what another desktop added, edited
	 * or deleted still arrives.
	 */
	@Test
	void aCycleReadsTheServerOnlyWhenSomethingChangedThereAndChangesStillArrive() throws Exception {
		team.addUser("u20");
		try (Desktop a = desktop("u20", "a"); Desktop b = desktop("u20", "b")) {
			a.store().putParts(List.of(TestParts.part("C20-1", Difficulty.BEGINNER),
					TestParts.part("C20-2", Difficulty.BEGINNER)));
			a.store().addRecords(List.of(TestParts.record("C20-1", 1000, false, null),
					TestParts.record("C20-1", 2000, false, null)));
			a.syncOrFail();
			assertEquals(2, b.syncOrFail().recordsPulled());
			assertEquals(new Synchronizer.Result(0, 0, 0, 0, 0), a.syncOrFail(), "nothing changed: nothing read");
			assertEquals(new Synchronizer.Result(0, 0, 0, 0, 0), b.syncOrFail(), "nothing changed: nothing read");

			a.store().addRecord(TestParts.record("C20-1", 3000, false, null));
			Synchronizer.Result pushed = a.syncOrFail();
			assertEquals(1, pushed.recordsPushed());
			assertEquals(0, pushed.recordsRead(), "a record never sent needs no look-up on the server");
			assertEquals(0, a.syncOrFail().recordsRead(), "its own commit is no reason to pull");

			Synchronizer.Result arrived = b.syncOrFail();
			assertEquals(1, arrived.recordsPulled());
			assertEquals(1, arrived.recordsRead(), "only the record added since the last pull is read");
			assertEquals(3, uuids(b, "C20-").size());

			b.store().putPart(edited(b.store().getPart("C20-1").orElseThrow(), 18));
			b.store().deletePart("C20-2");
			b.syncOrFail();
			a.syncOrFail();
			assertEquals(18, depth(a, "C20-1"), 1e-9);
			assertTrue(a.store().getPart("C20-2").isEmpty(), "the deletion arrived");
			assertEquals(new Synchronizer.Result(0, 0, 0, 0, 0), a.syncOrFail());
			assertEquals(new Synchronizer.Result(0, 0, 0, 0, 0), b.syncOrFail());
		}
	}

	/**
	 * A desktop keeps its session between cycles (one log-in for many cycles); after a log-out, or when the server
	 * closed the session, the next cycle logs in again.
	 */
	@Test
	void cyclesShareOneLogInUntilTheSessionIsClosed() throws Exception {
		team.addUser("u21");
		try (Desktop a = desktop("u21", "a"); Desktop b = desktop("u21", "b")) {
			a.store().putPart(TestParts.part("C21-1", Difficulty.BEGINNER));
			a.syncOrFail();
			a.store().addRecord(TestParts.record("C21-1", 1000, false, null));
			assertEquals(1, a.syncOrFail().recordsPushed());
			b.syncOrFail();
			a.store().addRecord(TestParts.record("C21-1", 2000, false, null));
			assertEquals(1, a.syncOrFail().recordsPushed());
			assertEquals(1, b.syncOrFail().recordsPulled());
			assertEquals(List.of(1, 1), List.of(a.sync().logins(), b.sync().logins()));

			a.sync().close();
			a.store().addRecord(TestParts.record("C21-1", 3000, false, null));
			assertEquals(1, a.syncOrFail().recordsPushed());
			assertEquals(2, a.sync().logins(), "logged in again after the log-out");
			assertEquals(1, b.syncOrFail().recordsPulled());
			assertEquals(3, uuids(b, "C21-").size());
		}
	}

	/**
	 * An ordinary cycle (not the first, not {@code --full}) that pulls a record of a part this desktop lacks brings the
	 * part in the same cycle. What the cycles keep for each other is in one file, and a new sync service on the same
	 * data directory (a restart) goes on from there: its ordinary cycle reads nothing when nothing changed.
	 */
	@Test
	void aPulledRecordBringsItsPartInTheSameCycleAndARestartGoesOnFromTheBookkeeping() throws Exception {
		team.addUser("u22");
		try (Desktop a = desktop("u22", "a"); Desktop b = desktop("u22", "b")) {
			a.syncOrFail();
			b.syncOrFail();
			a.store().putPart(TestParts.part("C22-1", Difficulty.BEGINNER));
			a.store().addRecord(TestParts.record("C22-1", 1500, true, null));
			a.syncOrFail();
			assertTrue(b.store().getPart("C22-1").isEmpty());

			Synchronizer.Result pulled = b.syncOrFail();
			assertEquals(1, pulled.recordsRead(), "an ordinary cycle reads only the new record");
			assertEquals(1, pulled.recordsPulled());
			StoredPart part = b.store().getPart("C22-1").orElseThrow();
			assertEquals(1500, part.getTimeSpent());
			assertTrue(part.isCompleted());

			Path sync = b.data().resolve("sync");
			assertTrue(Files.exists(sync.resolve(SyncBookkeeping.FILE)));
			assertFalse(Files.exists(sync.resolve("parts.base")) || Files.exists(sync.resolve("records.pulled")));
			assertFalse(Files.readString(sync.resolve(StatusFile.FILE)).contains("lastPulled"));
			try (LocalSync restarted = new LocalSync(b.store(), b.data())) {
				assertEquals(new Synchronizer.Result(0, 0, 0, 0, 0), restarted.run(new NullProgressMonitor()));
			}
		}
	}

	/**
	 * Rule: a deletion travels as a tombstone with its time: the part goes from the server and from the other
	 * desktop, but an edit later than the deletion re-creates it everywhere; records of a deleted part stay.
	 */
	@Test
	void aDeletedPartGoesEverywhereUnlessEditedLater() throws Exception {
		team.addUser("u13");
		try (Desktop a = desktop("u13", "a"); Desktop b = desktop("u13", "b")) {
			a.store().putParts(List.of(TestParts.part("C13-1", Difficulty.BEGINNER),
					TestParts.part("C13-2", Difficulty.BEGINNER)));
			a.store().addRecord(TestParts.record("C13-1", 1000, false, null));
			a.syncOrFail();
			b.syncOrFail();
			assertTrue(b.store().getPart("C13-1").isPresent());

			a.store().deletePart("C13-1");
			a.syncOrFail();
			assertEquals(0, team.count("SELECT COUNT(*) FROM STOREDPART WHERE ID = 'C13-1'"));
			b.syncOrFail();
			assertTrue(b.store().getPart("C13-1").isEmpty(), "deleted on the other desktop");
			assertEquals(1, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'C13-1'"));
			assertEquals(1, b.store().listRecords(RecordQuery.forPart("C13-1")).size(), "records stay");
			assertEquals(0, b.store().outboxSize());

			b.store().deletePart("C13-2");
			Thread.sleep(20);
			a.store().putPart(edited(a.store().getPart("C13-2").orElseThrow(), 16)); // later than the deletion
			b.syncOrFail();
			assertEquals(0, team.count("SELECT COUNT(*) FROM STOREDPART WHERE ID = 'C13-2'"));
			a.syncOrFail();
			b.syncOrFail();
			assertEquals(16, depth(a, "C13-2"));
			assertEquals(16, depth(b, "C13-2"), "the later edit re-created the part");
			assertEquals(a.partTexts(), b.partTexts());
			assertEquals(List.of(0L, 0L), List.of(a.store().outboxSize(), b.store().outboxSize()));
		}
	}

	@Test
	void aWrongPasswordIsRefusedWithTheServersMessageAndNotRetried() throws Exception {
		team.addUser("u7");
		try (Desktop a = Desktop.open("wrong", address, "u7", "not-the-password")) {
			SyncFailure refused = assertThrows(SyncFailure.class, a::syncOrFail);
			assertEquals(SyncFailure.Kind.REFUSED, refused.kind());
			assertFalse(refused.retryable());
			assertTrue(refused.getMessage().contains("Unknown user or wrong password: u7"), refused.getMessage());
			SyncStatus status = a.sync().status();
			assertEquals(ConnectionState.ERROR, status.state());
			assertTrue(status.message().orElseThrow().contains("Unknown user or wrong password: u7"));
		}
	}

	@Test
	void writingAnotherUsersRecordsIsRefused() throws Exception {
		team.addUser("u8");
		team.addUser("u9");
		try (Desktop a = desktop("u8", "a")) {
			a.store().putPart(TestParts.part("C8-1", Difficulty.BEGINNER));
			a.store().addRecord(TestParts.record("C8-1", 1000, false, null));
			Remote u8 = Remote.parse("127.0.0.1:" + address.getPort(), "u8");
			try (ServerSession asU9 = ServerSession.open(Remote.parse("127.0.0.1:" + address.getPort(), "u9"),
					"u9-pw".toCharArray())) {
				SyncFailure refused = assertThrows(SyncFailure.class,
						() -> Synchronizer.of(a.store(), a.data(), asU9, u8).run(new NullProgressMonitor()));
				assertEquals(SyncFailure.Kind.REFUSED, refused.kind());
				assertTrue(refused.getMessage().contains("User u9 may not change the records of u8"),
						refused.getMessage());
			}
			assertEquals(0, team.count("SELECT COUNT(*) FROM USERRECORD WHERE PARTID = 'C8-1'"));
		}
	}

	@Test
	void theSyncJobRetriesWhileOfflineWithBackoffAndStopsOnARefusal() throws Exception {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		try (Desktop offline = Desktop.open("job-offline", new InetSocketAddress("127.0.0.1", closedPort), "u1", "x");
				Desktop refused = Desktop.open("job-refused", address, "u1", "wrong")) {
			RetryPolicy policy = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), new Random(5));
			SyncJob job = new SyncJob(offline.sync(), policy, Duration.ofMinutes(1));
			job.start();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (policy.failures() < 3 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			job.stop();
			job.join();
			assertTrue(policy.failures() >= 3, "retried " + policy.failures() + " times");
			assertEquals(ConnectionState.OFFLINE, offline.sync().status().state());

			SyncJob stops = new SyncJob(refused.sync(), new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100),
					new Random(5)), Duration.ofMinutes(1));
			stops.start();
			Thread.sleep(50);
			stops.join();
			assertFalse(stops.running());
			assertEquals(Job.NONE, stops.getState());
			assertEquals(ConnectionState.ERROR, refused.sync().status().state());
		}
	}

	@Test
	void anUnreachableServerLeavesTheDesktopOfflineAndWorking() throws Exception {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		try (Desktop a = Desktop.open("offline", new InetSocketAddress("127.0.0.1", closedPort), "u1", "x")) {
			a.store().putPart(TestParts.part("C10-1", Difficulty.BEGINNER));
			a.store().addRecord(TestParts.record("C10-1", 1000, false, null));
			SyncFailure offline = assertThrows(SyncFailure.class, a::syncOrFail);
			assertEquals(SyncFailure.Kind.UNREACHABLE, offline.kind());
			assertTrue(offline.retryable());
			SyncStatus status = a.sync().status();
			assertEquals(ConnectionState.OFFLINE, status.state());
			assertEquals(2, status.pending(), "the part and the record wait for the first synchronisation");
			assertTrue(status.message().orElseThrow().contains("not reachable"), status.message().orElseThrow());
			a.store().addRecord(TestParts.record("C10-1", 2000, false, null));
			assertEquals(2, a.store().listRecords(RecordQuery.forPart("C10-1")).size());
		}
	}
}
