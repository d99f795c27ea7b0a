// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.util.Objects;

import dev.partforge.recipes.Recipe;

/**
 * One part to export: its stable id (the drawing's part number, the STEP product id), its recipe, from which
 * exporters derive the solid and the drawing, and its material as the title block shows it.
 *
 * @param id       the part's stable id
 * @param recipe   the part's recipe
 * @param material the material with its density, e.g. {@code Aluminium 6061, 2.70 g/cm³}; empty when not known
 */
public record ExportPart(String id, Recipe recipe, String material) {

	/** Requires all components. */
	public ExportPart {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(recipe, "recipe");
		Objects.requireNonNull(material, "material");
		if (id.isBlank()) {
			throw new IllegalArgumentException("part id is blank");
		}
	}

	/**
	 * A part whose material is not known (the title block says "not specified").
	 *
	 * @param id     the part's stable id
	 * @param recipe the part's recipe
	 */
	public ExportPart(String id, Recipe recipe) {
		this(id, recipe, "");
	}
}
