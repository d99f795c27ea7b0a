// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partforge.store.TimerState;
import dev.partforge.ui.internal.timer.PracticeTimer;
import dev.partforge.ui.internal.timer.PracticeTimer.Attempt;
import dev.partforge.ui.internal.timer.PracticeTimer.Mode;

/** The timer logic on a hand-moved clock. */
class PracticeTimerTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
	private final PracticeTimer timer = new PracticeTimer(clock);

	@Test
	void countsOnlyRunningIntervals() {
		timer.open("B-1");
		timer.start();
		clock.advance(Duration.ofSeconds(30));
		timer.pause();
		clock.advance(Duration.ofMinutes(10));
		assertEquals(30_000, timer.elapsedMillis());
		timer.start();
		clock.advance(Duration.ofSeconds(15));
		assertTrue(timer.isRunning());
		assertEquals(45_000, timer.elapsedMillis());
	}

	@Test
	void doesNotStartWithoutAPart() {
		timer.start();
		assertFalse(timer.isRunning());
		assertEquals(Optional.empty(), timer.finish(true));
		assertEquals(Optional.empty(), timer.state());
	}

	@Test
	void finishingReturnsTheAttemptAndResets() {
		timer.open("I-7");
		timer.start();
		clock.advance(Duration.ofSeconds(95));
		Attempt attempt = timer.finish(true).orElseThrow();
		assertEquals(new Attempt("I-7", 95_000, true, Mode.TIMED), attempt);
		assertTrue(attempt.recorded());
		assertFalse(timer.isRunning());
		assertEquals(0, timer.elapsedMillis());
		assertEquals(Optional.of("I-7"), timer.partId());
	}

	@Test
	void trainingAttemptsAreNotRecorded() {
		timer.open("E-3");
		timer.setMode(Mode.TRAINING);
		timer.start();
		clock.advance(Duration.ofSeconds(5));
		Attempt attempt = timer.finish(false).orElseThrow();
		assertEquals(Mode.TRAINING, attempt.mode());
		assertFalse(attempt.recorded());
	}

	@Test
	void openingAnotherPartDiscardsTheUnfinishedTime() {
		timer.open("B-1");
		timer.start();
		clock.advance(Duration.ofSeconds(20));
		assertFalse(timer.open("B-1"), "reopening the same part must not reset it");
		assertEquals(20_000, timer.elapsedMillis());
		assertTrue(timer.open("B-2"));
		assertFalse(timer.isRunning());
		assertEquals(0, timer.elapsedMillis());
	}

	@Test
	void aRunningTimerRestoredFromItsStateKeepsRunning() {
		timer.open("B-9");
		timer.start();
		clock.advance(Duration.ofSeconds(10));
		timer.pause();
		timer.start();
		clock.advance(Duration.ofSeconds(5));
		TimerState saved = timer.state().orElseThrow();
		assertEquals(10_000, saved.accumulatedMillis());

		PracticeTimer restored = new PracticeTimer(clock);
		restored.restore(saved, Mode.TIMED);
		clock.advance(Duration.ofSeconds(60)); // the window was closed for a minute
		assertTrue(restored.isRunning());
		assertEquals(Optional.of("B-9"), restored.partId());
		assertEquals(75_000, restored.elapsedMillis());
	}

	@Test
	void resetKeepsThePart() {
		timer.open("B-4");
		timer.start();
		clock.advance(Duration.ofSeconds(3));
		timer.reset();
		assertEquals(0, timer.elapsedMillis());
		assertFalse(timer.isRunning());
		assertEquals(Optional.of("B-4"), timer.partId());
	}
}
