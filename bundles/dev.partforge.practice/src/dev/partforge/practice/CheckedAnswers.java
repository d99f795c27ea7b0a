// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import java.io.IOException;
import java.util.Optional;

import dev.partforge.check.AnswerSource;
import dev.partforge.check.CheckOutcome;
import dev.partforge.check.EnteredAnswer;
import dev.partforge.check.ExactPart;
import dev.partforge.check.ValueAnswer;
import dev.partforge.model.AnswerKind;
import dev.partforge.model.CheckResult;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartStore;
import dev.partforge.store.PreferenceValue;

/**
 * Checking a stored part's answer and recording it (schema v4): the one mapping between the check
 * ({@code dev.partforge.check}) and the stored attempt's answer fields, shared by {@code partforge check} and the
 * Timer view.
 */
public final class CheckedAnswers {

	/** The largest tolerance the preference may set, in percent. */
	public static final double MAX_TOLERANCE = 100;

	private CheckedAnswers() {
	}

	/**
	 * @param store the store
	 * @return the tolerance in percent: the preference {@value ValueAnswer#TOLERANCE_PREFERENCE}, or the default
	 *         ({@value ValueAnswer#DEFAULT_TOLERANCE}) when it is unset or not a percentage from 0 to 100
	 */
	public static double tolerance(PartStore store) {
		Optional<PreferenceValue> pref = store.getPreference(ValueAnswer.TOLERANCE_PREFERENCE);
		if (pref.isPresent() && pref.get() instanceof PreferenceValue.Number n && n.value() >= 0
				&& n.value() <= MAX_TOLERANCE) {
			return n.value();
		}
		return ValueAnswer.DEFAULT_TOLERANCE;
	}

	/**
	 * @param library the part library
	 * @param part a stored part
	 * @return the part as the check knows it (recipe and material)
	 */
	public static ExactPart exactPart(PartLibrary library, StoredPart part) {
		return new ExactPart(library.recipe(part), library.material(part));
	}

	/**
	 * Checks an answer for a stored part with the store's tolerance.
	 *
	 * @param store the store
	 * @param library the part library
	 * @param part the part
	 * @param answer the answer
	 * @return the outcome
	 * @throws IOException if the answer cannot be read
	 */
	public static CheckOutcome check(PartStore store, PartLibrary library, StoredPart part, AnswerSource answer)
			throws IOException {
		return answer.check(exactPart(library, part), tolerance(store));
	}

	/**
	 * Writes what was entered and the outcome into an attempt record; a correct answer completes the attempt.
	 *
	 * @param record the attempt
	 * @param entered what was entered
	 * @param outcome the check's outcome
	 * @return the record
	 */
	public static UserRecord apply(UserRecord record, EnteredAnswer entered, CheckOutcome outcome) {
		record.setCompleted(record.isCompleted() || outcome.correct());
		record.setAnswerKind(AnswerKind.get(entered.kind().name()));
		record.setAnswerValue(entered.value());
		record.setAnswerUnit(entered.unit());
		record.setResult(outcome.correct() ? CheckResult.CORRECT : CheckResult.INCORRECT);
		record.setDeviation(outcome.deviationPercent());
		return record;
	}

	/**
	 * @param partId the part
	 * @param millis the time spent
	 * @param entered what was entered
	 * @param outcome the outcome
	 * @return a new attempt record for the store
	 */
	public static UserRecord record(String partId, long millis, EnteredAnswer entered, CheckOutcome outcome) {
		UserRecord record = ModelFactory.eINSTANCE.createUserRecord();
		record.setPartId(partId);
		record.setTimeSpent(millis);
		return apply(record, entered, outcome);
	}
}
