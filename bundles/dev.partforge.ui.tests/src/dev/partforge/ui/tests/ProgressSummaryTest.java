// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.UserRecord;
import dev.partforge.ui.internal.progress.ProgressSummary;

/** Personal bests, averages and streaks of the Progress view. */
class ProgressSummaryTest {

	private static final ZoneId UTC = ZoneOffset.UTC;

	private static UserRecord record(String partId, Difficulty d, String day, long millis, boolean completed) {
		UserRecord r = ModelFactory.eINSTANCE.createUserRecord();
		r.setPartId(partId);
		r.setDifficulty(d);
		r.setDate(Date.from(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC)));
		r.setTimeSpent(millis);
		r.setCompleted(completed);
		return r;
	}

	@Test
	void bestsAveragesAndStreaks() {
		List<UserRecord> records = List.of(record("B-1", Difficulty.BEGINNER, "2026-11-20", 100_000, true),
				record("B-1", Difficulty.BEGINNER, "2026-11-21", 60_000, true),
				record("B-2", Difficulty.BEGINNER, "2026-11-22", 20_000, false), // given up: no best, no streak day
				record("I-3", Difficulty.INTERMEDIATE, "2026-11-26", 300_000, true),
				record("I-3", Difficulty.INTERMEDIATE, "2026-11-27", 200_000, true));
		ProgressSummary s = ProgressSummary.of(records, Map.of("B-1", "Bracket"), LocalDate.parse("2026-11-28"), UTC);
		assertEquals(Map.of(Difficulty.BEGINNER, 60_000L, Difficulty.INTERMEDIATE, 200_000L), s.best());
		assertEquals(Map.of(Difficulty.BEGINNER, 80_000L, Difficulty.INTERMEDIATE, 250_000L), s.average());
		assertEquals(2, s.currentStreak(), "26th and 27th, today (28th) not yet practised");
		assertEquals(2, s.longestStreak());
		assertEquals("I-3", s.attempts().get(0).partId(), "newest first");
		assertEquals("Bracket", s.attempts().get(4).partName());
		assertEquals("B-2", s.attempts().get(2).partName(), "unknown parts show their id");
	}

	/** Checked answers show next to the time, and how many of them were correct. */
	@Test
	void accuracyOfCheckedAnswers() {
		UserRecord right = record("B-1", Difficulty.BEGINNER, "2026-11-20", 60_000, true);
		right.setResult(CheckResult.CORRECT);
		right.setDeviation(0.125);
		UserRecord wrong = record("B-1", Difficulty.BEGINNER, "2026-11-21", 0, false);
		wrong.setResult(CheckResult.INCORRECT);
		wrong.setDeviation(-7.5);
		UserRecord timed = record("B-1", Difficulty.BEGINNER, "2026-11-22", 1_000, true);
		ProgressSummary s = ProgressSummary.of(List.of(right, wrong, timed), Map.of(), LocalDate.parse("2026-11-28"),
				UTC);
		assertEquals(List.of("", "\u2717 -7.50 %", "\u2713 +0.13 %"),
				s.attempts().stream().map(ProgressSummary.Attempt::accuracy).toList());
		assertEquals(List.of(2L, 1L), List.of(s.checked(), s.correct()));
	}

	@Test
	void aGapEndsTheCurrentStreak() {
		List<UserRecord> records = List.of(record("B-1", Difficulty.BEGINNER, "2026-11-20", 1_000, true),
				record("B-1", Difficulty.BEGINNER, "2026-11-21", 1_000, true),
				record("B-1", Difficulty.BEGINNER, "2026-11-22", 1_000, true));
		ProgressSummary s = ProgressSummary.of(records, Map.of(), LocalDate.parse("2026-11-28"), UTC);
		assertEquals(0, s.currentStreak());
		assertEquals(3, s.longestStreak());
	}
}
