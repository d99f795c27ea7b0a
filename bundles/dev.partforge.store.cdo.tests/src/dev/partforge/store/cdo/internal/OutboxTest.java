// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;
import dev.partforge.tests.common.ChildJvm;

/**
 * The sync outbox on real H2 files: a library that has never synchronised queues nothing; once it does
 * ({@code trackChanges}), each local change that must reach a team server queues one entry with its kind and business
 * key, changes received from another repository queue none, entries keep their order across a restart and go only
 * when removed by key; a change another process commits while the outbox starts is queued or committed before it
 * (then the first synchronisation's comparison reads it). (That an entry and its change are one commit, also under
 * kill -9, is checked by {@link KillAfterAcknowledgeTest}.)
 */
public final class OutboxTest {

	private Path root;
	private CdoPartStore store;

	@BeforeEach
	void create() throws IOException {
		root = TempStores.newDirectory("outbox");
		store = new CdoPartStore(root);
		assertTrue(store.trackChanges(), "a new library does not queue changes yet");
	}

	@AfterEach
	void delete() throws IOException {
		store.close();
		TempStores.delete(root);
	}

	private List<String> entries() {
		return store.outbox(Integer.MAX_VALUE).stream().map(e -> e.getKind() + " " + e.getBusinessKey()).toList();
	}

	@Test
	public void aLibraryThatNeverSynchronisedQueuesNothingUntilItsOutboxStarts() throws IOException {
		Path other = TempStores.newDirectory("untracked");
		CdoPartStore fresh = new CdoPartStore(other);
		try {
			fresh.putPart(TestParts.part("N-1", Difficulty.BEGINNER));
			fresh.addRecords(List.of(TestParts.record("N-1", 1, false, null), TestParts.record("N-1", 2, false, null)));
			fresh.deletePart("N-1");
			assertEquals(0, fresh.outboxSize());
			assertEquals(List.of(), fresh.outbox(10));

			assertTrue(fresh.trackChanges());
			assertFalse(fresh.trackChanges(), "started once");
			fresh.putPart(TestParts.part("N-2", Difficulty.BEGINNER));
			fresh.close();
			fresh = new CdoPartStore(other);
			assertFalse(fresh.trackChanges(), "the outbox stays on across a restart");
			fresh.addRecord(TestParts.record("N-2", 3, false, null));
			assertEquals(List.of(OutboxKind.PART_PUT, OutboxKind.RECORD_ADDED),
					fresh.outbox(10).stream().map(OutboxEntry::getKind).toList());
		} finally {
			fresh.close();
			TempStores.delete(other);
		}
	}

	/**
	 * Another JVM hosts the store and adds records, one commit each, while this process (its client) starts the outbox
	 * and then reads every record, as a first synchronisation does: each record the writer acknowledged is in that
	 * read or queued, and each one committed after the read is queued. (A record writer holds the root resource's lock,
	 * which the start takes too, so this checks the outcome across processes; that part writers decide under the same
	 * lock is by construction, {@code Outbox.add}.)
	 */
	@Test
	public void aRecordCommittedWhileTheOutboxStartsIsQueuedOrReadByTheFirstComparison() throws Exception {
		Path shared = TempStores.newDirectory("race").resolve("store");
		Process writer = ChildJvm.start(shared.getParent(), StoreChild.class, Map.of(), shared.toString(), "untracked",
				"7");
		CompletableFuture.delayedExecutor(3, TimeUnit.MINUTES).execute(() -> writer.toHandle().destroyForcibly());
		try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			List<Long> acknowledged = new ArrayList<>();
			while (acknowledged.size() < 20) {
				acknowledge(out, writer, acknowledged);
			}
			CdoPartStore client = new CdoPartStore(shared);
			try {
				assertTrue(client.trackChanges());
				Set<Long> read = client.listRecords(RecordQuery.ALL).stream().map(UserRecord::getId).collect(Collectors.toSet());
				while (acknowledged.stream().filter(id -> !read.contains(id)).count() < 20) {
					acknowledge(out, writer, acknowledged);
				}
				Map<Long, String> uuids = client.listRecords(RecordQuery.ALL).stream()
						.collect(Collectors.toMap(UserRecord::getId, UserRecord::getUuid));
				Set<String> queued = client.outbox(Integer.MAX_VALUE).stream().filter(e -> e.getKind() == OutboxKind.RECORD_ADDED)
						.map(OutboxEntry::getBusinessKey).collect(Collectors.toSet());
				List<Long> lost = acknowledged.stream().filter(id -> !read.contains(id) && !queued.contains(uuids.get(id))).toList();
				assertEquals(List.of(), lost, "records neither read after the outbox started nor queued");
				long later = acknowledged.stream().filter(id -> !read.contains(id)).count();
				assertEquals(20, later, "records committed after the first comparison's read, each queued");
				assertTrue(read.stream().anyMatch(id -> !queued.contains(uuids.get(id))), "records from before it are not queued");
			} finally {
				client.close();
			}
		} finally {
			writer.toHandle().destroyForcibly();
			writer.waitFor(60, TimeUnit.SECONDS);
			TempStores.delete(shared.getParent());
		}
	}

	/** Reads the writer's next acknowledgement of a record. */
	private static void acknowledge(BufferedReader out, Process writer, List<Long> acknowledged) throws IOException {
		String line = out.readLine();
		assertNotNull(line, () -> "the writer ended: " + ChildJvm.log(writer));
		if (line.startsWith("ACK record ")) {
			acknowledged.add(Long.parseLong(line.split(" ")[2]));
		}
	}

	@Test
	public void eachLocalChangeQueuesOneEntryOfItsKind() {
		store.putPart(TestParts.part("O-1", Difficulty.BEGINNER));
		store.putParts(List.of(TestParts.part("O-2", Difficulty.EXPERT)));
		StoredPart bookmarked = store.getPart("O-1").orElseThrow();
		bookmarked.setBookmarked(true);
		store.putPart(bookmarked); // same recipe: only the per-user state changed
		StoredPart edited = store.getPart("O-2").orElseThrow();
		edited.getRecipe().setName("edited");
		store.putPart(edited);
		store.putPart(store.getPart("O-2").orElseThrow()); // nothing changed: nothing queued
		long id = store.addRecord(TestParts.record("O-1", 1000, false, null));
		String uuid = store.listRecords(RecordQuery.ALL).stream().filter(r -> r.getId() == id).findFirst()
				.orElseThrow().getUuid();
		store.deletePart("O-2");

		assertEquals(List.of("PART_PUT O-1", "PART_PUT O-2", "STATE_CHANGED O-1", "PART_PUT O-2",
				"RECORD_ADDED " + uuid, "PART_DELETED O-2"), entries());
		assertEquals(6, store.outboxSize());
	}

	@Test
	public void changesReceivedFromAnotherRepositoryAreNotQueued() {
		StoredPart received = TestParts.part("R-1", Difficulty.BEGINNER);
		received.setModified(new Date(1_000_000));
		store.importParts(List.of(received));
		UserRecord pulled = TestParts.record("R-1", 500, true, null);
		pulled.setUuid("0b7e2c9e-5f0a-4c8e-9d6b-6f3f6c1d2a11");
		store.importRecords(List.of(pulled));

		assertEquals(List.of(), entries());
		assertEquals(1, store.listRecords(RecordQuery.ALL).size());
		assertEquals(1, store.deleteReceivedParts(List.of("R-1", "unknown")));
		assertEquals(List.of(), entries());
		assertEquals(List.of(), store.listParts(dev.partforge.store.PartQuery.ALL));
		assertEquals(1, store.listRecords(RecordQuery.ALL).size(), "records of a deleted part stay");
	}

	/** The origin of a record is the method called, not whether it carries a uuid. */
	@Test
	public void aLocalRecordWithAPresetUuidIsQueuedAndAReceivedOneIsNot() {
		store.putPart(TestParts.part("U-1", Difficulty.BEGINNER));
		UserRecord local = TestParts.record("U-1", 500, false, null);
		local.setUuid("1c0ffee0-0000-4000-8000-000000000001");
		store.addRecords(List.of(local));
		UserRecord received = TestParts.record("U-1", 700, true, null);
		received.setUuid("2c0ffee0-0000-4000-8000-000000000002");
		store.importRecords(List.of(received));

		assertEquals(List.of("PART_PUT U-1", "RECORD_ADDED 1c0ffee0-0000-4000-8000-000000000001"), entries());
		assertEquals(Set.of(local.getUuid(), received.getUuid()), store.listRecords(RecordQuery.ALL).stream()
				.map(UserRecord::getUuid).collect(Collectors.toSet()), "both keep their uuid");
		assertEquals(1200, store.getPart("U-1").orElseThrow().getTimeSpent(), "both count");
		IllegalArgumentException noUuid = assertThrows(IllegalArgumentException.class,
				() -> store.importRecords(List.of(TestParts.record("U-1", 1, false, null))));
		assertEquals("A record received from another repository needs its uuid", noUuid.getMessage());
		assertEquals(2, store.listRecords(RecordQuery.ALL).size(), "nothing stored");
	}

	@Test
	public void entriesSurviveARestartInOrderAndGoOnlyWhenRemoved() {
		store.putPart(TestParts.part("S-1", Difficulty.BEGINNER));
		store.addRecords(List.of(TestParts.record("S-1", 1, false, null), TestParts.record("S-1", 2, false, null)));
		List<OutboxEntry> before = store.outbox(Integer.MAX_VALUE);
		store.close();
		store = new CdoPartStore(root);

		List<OutboxEntry> after = store.outbox(Integer.MAX_VALUE);
		assertEquals(3, after.size());
		for (int i = 0; i < before.size(); i++) {
			assertEquals(true, EcoreUtil.equals(before.get(i), after.get(i)), "entry " + i);
		}
		assertEquals(List.of(before.get(0).getKey(), before.get(1).getKey()),
				store.outbox(2).stream().map(OutboxEntry::getKey).toList());
		assertEquals(2, store.removeFromOutbox(List.of(before.get(0).getKey(), before.get(2).getKey(), "gone")));
		assertEquals(List.of(before.get(1).getKey()), store.outbox(10).stream().map(OutboxEntry::getKey).toList());
		assertEquals(0, store.removeFromOutbox(List.of(before.get(0).getKey())));

		// removing every entry (one clear) leaves an outbox that queues and keeps the next change
		assertEquals(1, store.removeFromOutbox(List.of(before.get(1).getKey(), "gone")));
		assertEquals(0, store.outboxSize());
		store.addRecord(TestParts.record("S-1", 3, false, null));
		store.close();
		store = new CdoPartStore(root);
		assertEquals(List.of(OutboxKind.RECORD_ADDED), store.outbox(10).stream().map(OutboxEntry::getKind).toList());
		assertEquals(3, store.listRecords(RecordQuery.ALL).size());
	}
}
