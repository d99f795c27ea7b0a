// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import dev.partforge.geometry.Solid;

/**
 * One part to write: its solid (millimetres) and product metadata.
 *
 * @param solid       the exact solid
 * @param id          product id (e.g. "PF-EXPERT-42")
 * @param name        product name (the part name)
 * @param description product description (seed, difficulty, score)
 */
public record StepPart(Solid solid, String id, String name, String description) {
}
