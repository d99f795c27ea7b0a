// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import dev.partforge.geometry.BoundingBox;

/**
 * What a user can check their own model against, all in millimetres.
 *
 * @param volume          volume in mm³ (analytic, from the recipe)
 * @param area            surface area in mm²
 * @param bounds          axis-aligned bounding box in mm
 * @param difficultyScore score computed from the recipe
 */
public record PartFacts(double volume, double area, BoundingBox bounds, int difficultyScore) {
}
