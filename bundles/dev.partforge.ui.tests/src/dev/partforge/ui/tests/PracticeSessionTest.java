// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.prefs.Preferences;

import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.internal.PreferencesSessionState;
import dev.partforge.tests.common.Components;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.timer.PracticeSession;
import dev.partforge.ui.internal.timer.PracticeSession.Snapshot;
import dev.partforge.ui.internal.timer.PracticeTimer.Attempt;
import dev.partforge.ui.internal.timer.PracticeTimer.Mode;

/**
 * The practice session on the real store and session-state services: records written, state saved in Eclipse
 * preferences and brought back by a new session (a restart), the part-opened event followed.
 */
class PracticeSessionTest {

	private final PartStore store = Components.service(PartStore.class);
	private final PartLibrary library = Components.service(PartLibrary.class);
	private final Preferences node = InstanceScope.INSTANCE.getNode("dev.partforge.ui.tests.session-" + UUID.randomUUID());
	private final MutableClock clock = new MutableClock(Instant.now());

	private PracticeSession session(boolean autoStart) {
		return new PracticeSession(store, new PreferencesSessionState(node), () -> autoStart, clock);
	}

	private StoredPart part(long seed) {
		return library.generate(dev.partforge.recipes.Difficulty.BEGINNER, OptionalLong.of(seed), Units.MM);
	}

	@Test
	void completedAttemptBecomesARecordWithTimeAndDifficulty() {
		StoredPart part = part(31_001);
		PracticeSession session = session(true);
		session.open(part.getId());
		clock.advance(Duration.ofSeconds(83));
		Attempt attempt = session.finish(true).orElseThrow();
		long id = session.record(attempt).orElseThrow();
		UserRecord record = store.listRecords(RecordQuery.forPart(part.getId())).stream()
				.filter(r -> r.getId() == id).findFirst().orElseThrow();
		assertEquals(83_000, record.getTimeSpent());
		assertTrue(record.isCompleted());
		assertEquals(Difficulty.BEGINNER, record.getDifficulty());
		assertTrue(store.getPart(part.getId()).orElseThrow().isCompleted());
	}

	@Test
	void givingUpWritesAnUncompletedRecordAndTrainingWritesNone() {
		StoredPart part = part(31_002);
		PracticeSession session = session(true);
		session.open(part.getId());
		clock.advance(Duration.ofSeconds(12));
		long id = session.record(session.finish(false).orElseThrow()).orElseThrow();
		List<UserRecord> records = store.listRecords(RecordQuery.forPart(part.getId()));
		assertFalse(records.stream().filter(r -> r.getId() == id).findFirst().orElseThrow().isCompleted());
		session.setMode(Mode.TRAINING);
		session.start();
		clock.advance(Duration.ofSeconds(40));
		assertEquals(Optional.empty(), session.record(session.finish(true).orElseThrow()));
		assertEquals(records.size(), store.listRecords(RecordQuery.forPart(part.getId())).size());
	}

	@Test
	void aNewSessionOverTheSameStateBringsBackThePartAndTheRunningTimer() {
		PracticeSession before = session(true);
		before.open("B-31003");
		clock.advance(Duration.ofSeconds(20));
		before.setMode(Mode.TRAINING);

		PracticeSession after = session(true); // what the next launch creates from the saved session state
		clock.advance(Duration.ofSeconds(5));
		Snapshot s = after.snapshot();
		assertEquals(Optional.of("B-31003"), s.partId());
		assertTrue(s.running());
		assertEquals(25_000, s.elapsedMillis());
		assertEquals(Mode.TRAINING, s.mode());
		assertEquals("B-31003", new PreferencesSessionState(node).recentParts().get(0));
	}

	@Test
	void withoutAutoStartOpeningOnlySelectsThePart() {
		PracticeSession session = session(false);
		session.open("B-31004");
		clock.advance(Duration.ofSeconds(9));
		assertEquals(new Snapshot(Optional.of("B-31004"), false, 0, Mode.TIMED), session.snapshot());
	}

	@Test
	void followsThePartOpenedEvent() {
		PracticeSession session = session(true);
		session.handleEvent(new Event(PartForgeUi.PART_OPENED_TOPIC, Map.of("org.eclipse.e4.data", "E-31005")));
		assertEquals(Optional.of("E-31005"), session.snapshot().partId());
		assertTrue(session.snapshot().running());
		session.handleEvent(new Event(PartForgeUi.PART_OPENED_TOPIC, Map.of()));
		assertEquals(Optional.of("E-31005"), session.snapshot().partId());
	}

	@Test
	void switchingPartsPausesTheFirstAttemptAndSwitchingBackResumesIt() {
		PracticeSession session = session(true);
		session.open("B-31006");
		clock.advance(Duration.ofSeconds(30));
		session.open("I-31007");
		clock.advance(Duration.ofSeconds(10));
		assertEquals(new Snapshot(Optional.of("I-31007"), true, 10_000, Mode.TIMED), session.snapshot());
		assertEquals(Map.of("B-31006", 30_000L, "I-31007", 10_000L), session.attempts());

		session.handleEvent(new Event(PartForgeUi.PART_ACTIVATED_TOPIC, Map.of("org.eclipse.e4.data", "B-31006")));
		clock.advance(Duration.ofSeconds(2));
		assertEquals(new Snapshot(Optional.of("B-31006"), true, 32_000, Mode.TIMED), session.snapshot());
		assertEquals(Map.of("B-31006", 32_000L, "I-31007", 10_000L), session.attempts());
	}

	@Test
	void activatingTheCurrentPartKeepsAPausedClockPaused() {
		PracticeSession session = session(true);
		session.open("B-31008");
		clock.advance(Duration.ofSeconds(4));
		session.pause();
		session.select("B-31008");
		clock.advance(Duration.ofSeconds(4));
		assertEquals(new Snapshot(Optional.of("B-31008"), false, 4_000, Mode.TIMED), session.snapshot());
	}

	@Test
	void closingTheDrawingKeepsTheAttemptAndReopeningResumesIt() {
		PracticeSession session = session(true);
		session.open("B-31009");
		clock.advance(Duration.ofSeconds(20));
		session.handleEvent(new Event(PartForgeUi.PART_CLOSED_TOPIC, Map.of("org.eclipse.e4.data", "B-31009")));
		clock.advance(Duration.ofSeconds(50));
		assertEquals(new Snapshot(Optional.empty(), false, 0, Mode.TIMED), session.snapshot());
		assertEquals(Optional.empty(), session.finish(true), "nothing to finish without a current part");
		assertEquals(Map.of("B-31009", 20_000L), session.attempts());

		session.open("B-31009");
		clock.advance(Duration.ofSeconds(1));
		assertEquals(new Snapshot(Optional.of("B-31009"), true, 21_000, Mode.TIMED), session.snapshot());
	}

	@Test
	void pausedAttemptsOfOtherPartsSurviveARestart() {
		PracticeSession before = session(true);
		before.open("B-31010");
		clock.advance(Duration.ofSeconds(15));
		before.open("E-31011-IN");
		clock.advance(Duration.ofSeconds(5));

		PracticeSession after = session(true);
		assertEquals(new Snapshot(Optional.of("E-31011-IN"), true, 5_000, Mode.TIMED), after.snapshot());
		assertEquals(Map.of("B-31010", 15_000L, "E-31011-IN", 5_000L), after.attempts());
		after.open("B-31010");
		clock.advance(Duration.ofSeconds(1));
		assertEquals(16_000, after.snapshot().elapsedMillis());
	}

	@Test
	void finishingEndsOnlyTheCurrentAttemptAndTellsTheOutcome() {
		StoredPart part = part(31_012);
		PracticeSession session = session(true);
		session.open("B-31013");
		clock.advance(Duration.ofSeconds(7));
		session.open(part.getId());
		clock.advance(Duration.ofSeconds(3));
		session.setMode(Mode.TRAINING);
		Attempt training = session.finish(true).orElseThrow();
		assertEquals(new Attempt(part.getId(), 3_000, true, Mode.TRAINING), training);
		assertEquals(Optional.of(Map.entry(training, false)), session.lastFinished());
		assertEquals(Map.of("B-31013", 7_000L, part.getId(), 0L), session.attempts());

		session.setMode(Mode.TIMED);
		session.start();
		clock.advance(Duration.ofSeconds(9));
		Attempt timed = session.finish(false).orElseThrow();
		assertEquals(Optional.of(Map.entry(timed, false)), session.lastFinished(), "not yet written");
		session.record(timed);
		assertEquals(Optional.of(Map.entry(timed, true)), session.lastFinished());
	}

	@Test
	void resetDiscardsOnlyTheCurrentAttempt() {
		PracticeSession session = session(true);
		session.open("B-31014");
		clock.advance(Duration.ofSeconds(6));
		session.open("B-31015");
		clock.advance(Duration.ofSeconds(6));
		session.reset();
		assertEquals(Map.of("B-31014", 6_000L, "B-31015", 0L), session.attempts());
	}
}
