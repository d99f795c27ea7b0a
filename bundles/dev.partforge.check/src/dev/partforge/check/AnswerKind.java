// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

/** What an answer gives (the stored attempt keeps it as {@code UserRecord.answerKind}). */
public enum AnswerKind {
	/** The part's mass in grams, for its material. */
	MASS,
	/** The part's volume. */
	VOLUME,
	/** A model of the part as a STEP file. */
	STEP
}
