// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partforge.check.AnswerKind;
import dev.partforge.check.CheckOutcome;
import dev.partforge.check.EnteredAnswer;
import dev.partforge.model.CheckResult;
import dev.partforge.model.UserRecord;
import dev.partforge.practice.CheckedAnswers;

/** The mapping from a checked answer to the stored attempt's answer fields (schema v4). */
final class CheckedAnswersTest {

	@Test
	void everyAnswerKindHasItsStoredLiteral() {
		for (AnswerKind kind : AnswerKind.values()) {
			UserRecord r = CheckedAnswers.record("P-1", 0, new EnteredAnswer(kind, 1, "g"),
					new CheckOutcome(true, 1, 0, 0.5, Optional.empty()));
			assertEquals(kind.name(), r.getAnswerKind().getName());
		}
	}

	@Test
	void recordsWhatWasEnteredAndTheResult() {
		UserRecord wrong = CheckedAnswers.record("P-1", 95_000, new EnteredAnswer(AnswerKind.VOLUME, 0.75, "in3"),
				new CheckOutcome(false, 0.7, 7.14, 0.5, Optional.of("looks like a missing hole of \u00D88")));
		assertEquals("P-1", wrong.getPartId());
		assertEquals(95_000, wrong.getTimeSpent());
		assertEquals(dev.partforge.model.AnswerKind.VOLUME, wrong.getAnswerKind());
		assertEquals(0.75, wrong.getAnswerValue());
		assertEquals("in3", wrong.getAnswerUnit());
		assertEquals(CheckResult.INCORRECT, wrong.getResult());
		assertEquals(7.14, wrong.getDeviation());
		assertFalse(wrong.isCompleted());
		UserRecord right = CheckedAnswers.record("P-1", 0, new EnteredAnswer(AnswerKind.MASS, 12.5, "g"),
				new CheckOutcome(true, 12.49, 0.08, 0.5, Optional.empty()));
		assertEquals(CheckResult.CORRECT, right.getResult());
		assertTrue(right.isCompleted(), "a correct answer completes the attempt");
	}
}
