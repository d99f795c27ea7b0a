// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

/**
 * The solid of a user's STEP file as the check sees it.
 *
 * @param properties its placement-independent properties, in millimetres
 * @param protocol   the application protocol ("AP203", "AP214" or "AP242")
 * @param lengthUnit the file's length unit ("millimetre", "inch", "metre", ...)
 * @param faces      the number of faces of the solid
 */
public record StepModel(ModelProperties properties, String protocol, String lengthUnit, int faces) {
}
