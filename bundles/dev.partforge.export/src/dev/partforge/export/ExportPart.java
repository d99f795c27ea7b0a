// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.util.Objects;

import dev.partforge.recipes.Recipe;

/**
 * One part to export: its stable id (the drawing's part number, the STEP product id) and its recipe, from which
 * exporters derive the solid and the drawing.
 *
 * @param id     the part's stable id
 * @param recipe the part's recipe
 */
public record ExportPart(String id, Recipe recipe) {

	/** Requires both components. */
	public ExportPart {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(recipe, "recipe");
		if (id.isBlank()) {
			throw new IllegalArgumentException("part id is blank");
		}
	}
}
