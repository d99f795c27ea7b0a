// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.store.testing.TestParts;

/** The one file that keeps what sync cycles need from each other: real files in a temporary data directory. */
public final class SyncBookkeepingTest {

	private static final Remote ALICE = Remote.parse("tcp://school.example:2036", "alice");

	private Path data;

	@BeforeEach
	void directory() throws IOException {
		Path base = Path.of(System.getProperty("partforge.testOutput", System.getProperty("java.io.tmpdir")));
		Files.createDirectories(base);
		data = Files.createTempDirectory(base, "bookkeeping");
	}

	@AfterEach
	void delete() throws IOException {
		try (Stream<Path> files = Files.walk(data)) {
			for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(f);
			}
		}
	}

	@Test
	void everythingSavedTogetherComesBackAfterARestart() throws IOException {
		StoredPart part = TestParts.part("B-1", Difficulty.BEGINNER);
		SyncBookkeeping saved = SyncBookkeeping.load(data, ALICE);
		saved.pulledUpTo(1_765_000_000_123L);
		saved.recordsReadUpTo("/users/alice/records-a", 42);
		saved.agree(part);
		saved.save();

		SyncBookkeeping loaded = SyncBookkeeping.load(data, ALICE);
		assertEquals(1_765_000_000_123L, loaded.lastPulled());
		assertEquals(42, loaded.recordsRead("/users/alice/records-a"));
		assertEquals(0, loaded.recordsRead("/users/alice/records-b"));
		assertFalse(loaded.changed(part));
		StoredPart edited = TestParts.part("B-1", Difficulty.EXPERT);
		assertTrue(loaded.changed(edited));
		assertEquals(List.of(SyncBookkeeping.FILE), files());
	}

	@Test
	void theBookkeepingOfAnotherServerOrUserIsNotUsed() throws IOException {
		SyncBookkeeping saved = SyncBookkeeping.load(data, ALICE);
		saved.pulledUpTo(99);
		saved.recordsReadUpTo("/users/alice/records-a", 3);
		saved.save();

		for (Remote other : List.of(Remote.parse("tcp://school.example:2036", "bob"),
				Remote.parse("tcp://other.example:2036", "alice"))) {
			SyncBookkeeping loaded = SyncBookkeeping.load(data, other);
			assertEquals(0, loaded.lastPulled(), other.toString());
			assertEquals(0, loaded.recordsRead("/users/alice/records-a"), other.toString());
		}
	}

	@Test
	void theThreeFilesOfBeforeAreReadOnceAndReplaced() throws IOException {
		StoredPart part = TestParts.part("B-2", Difficulty.BEGINNER);
		SyncBookkeeping hashes = SyncBookkeeping.load(data, ALICE);
		hashes.agree(part);
		hashes.save();
		String hash = Files.readAllLines(data.resolve("sync").resolve(SyncBookkeeping.FILE)).stream()
				.filter(l -> l.startsWith("part.B-2=")).findFirst().orElseThrow().substring("part.B-2=".length());
		Files.delete(data.resolve("sync").resolve(SyncBookkeeping.FILE));
		Files.writeString(data.resolve("sync").resolve("parts.base"), "B-2=" + hash + "\n");
		Files.writeString(data.resolve("sync").resolve("records.pulled"), "/users/alice/records-c=7\n");
		Files.writeString(data.resolve("sync").resolve(StatusFile.FILE), "state=ONLINE\nlastPulled=1234\n");

		SyncBookkeeping legacy = SyncBookkeeping.load(data, ALICE);
		assertEquals(1234, legacy.lastPulled());
		assertEquals(7, legacy.recordsRead("/users/alice/records-c"));
		assertFalse(legacy.changed(part));
		legacy.save();
		assertEquals(List.of(SyncBookkeeping.FILE, StatusFile.FILE), files());
		assertEquals(1234, SyncBookkeeping.load(data, ALICE).lastPulled());
	}

	@Test
	void anUnreadableFileIsAnErrorNotAFreshStart() throws IOException {
		Files.createDirectories(data.resolve("sync"));
		Files.writeString(data.resolve("sync").resolve(SyncBookkeeping.FILE),
				"owner=" + ALICE + "\nlastPulled=yesterday\n");
		IOException e = assertThrows(IOException.class, () -> SyncBookkeeping.load(data, ALICE));
		assertTrue(e.getMessage().startsWith("unreadable synchronisation bookkeeping "), e.getMessage());
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(data.resolve("sync"))) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
