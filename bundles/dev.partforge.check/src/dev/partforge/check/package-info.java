// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 * Checking a user's answer against the exact part (issue 12): by value (mass in grams, volume in mm³ or in³)
 * within a tolerance, with a hint when the difference is one feature's volume. Pure: no UI, no store. An
 * {@link dev.partforge.check.AnswerSource} is one way of giving an answer (a value, a model file); the command line
 * and the Timer view record what it entered and the {@link dev.partforge.check.CheckOutcome}.
 */
package dev.partforge.check;
