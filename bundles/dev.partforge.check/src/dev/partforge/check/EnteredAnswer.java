// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check;

/**
 * What the user entered, as an attempt records it.
 *
 * @param kind what the answer gives
 * @param value the entered number (0 for a model file)
 * @param unit the unit symbol ({@code g}, {@code mm3}, {@code in3}), or for a model file its name
 */
public record EnteredAnswer(AnswerKind kind, double value, String unit) {
}
