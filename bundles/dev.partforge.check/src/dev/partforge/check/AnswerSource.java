// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

import java.io.IOException;

/**
 * One way of answering: a value ({@link ValueAnswer}) or a model file. The command line ({@code partforge check})
 * and the Timer view take an answer source, check it against the exact part and record what it entered with the
 * outcome, so a new kind of answer is a new implementation, not a new command.
 */
public interface AnswerSource {

	/** @return what was entered, as the attempt records it */
	EnteredAnswer entered();

	/**
	 * Checks the answer.
	 *
	 * @param part the exact part
	 * @param tolerancePercent the tolerance in percent (e.g. 0.5), at least 0
	 * @return the outcome
	 * @throws IOException if the answer (e.g. a file) cannot be read; the message says why in one line
	 */
	CheckOutcome check(ExactPart part, double tolerancePercent) throws IOException;
}
