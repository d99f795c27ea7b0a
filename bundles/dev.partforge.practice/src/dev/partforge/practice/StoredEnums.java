// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;

/**
 * The one translation between the domain's enums and their stored literals. {@link Difficulty} and {@link Units}
 * are owned by {@code dev.partforge.recipes} (the generator, solids and drawings use them, with no EMF); the model's
 * {@link dev.partforge.model.Difficulty} and {@link dev.partforge.model.Units} are their persisted form in the schema
 * and cannot become the domain types without a schema change. The switches are exhaustive, so adding a constant to
 * one side without the other does not compile. Export format ids are owned by the exporters (open, from the
 * extension point) and stored as they are (schema v4).
 */
public final class StoredEnums {

	private StoredEnums() {
	}

	/** @param d a level @return its stored literal */
	public static dev.partforge.model.Difficulty toModel(Difficulty d) {
		return switch (d) {
		case BEGINNER -> dev.partforge.model.Difficulty.BEGINNER;
		case INTERMEDIATE -> dev.partforge.model.Difficulty.INTERMEDIATE;
		case EXPERT -> dev.partforge.model.Difficulty.EXPERT;
		};
	}

	/** @param d a stored literal @return the level */
	public static Difficulty fromModel(dev.partforge.model.Difficulty d) {
		return switch (d) {
		case BEGINNER -> Difficulty.BEGINNER;
		case INTERMEDIATE -> Difficulty.INTERMEDIATE;
		case EXPERT -> Difficulty.EXPERT;
		};
	}

	/** @param u units @return their stored literal */
	public static dev.partforge.model.Units toModel(Units u) {
		return switch (u) {
		case MM -> dev.partforge.model.Units.MM;
		case INCH -> dev.partforge.model.Units.INCH;
		};
	}

	/** @param u a stored literal @return the units */
	public static Units fromModel(dev.partforge.model.Units u) {
		return switch (u) {
		case MM -> Units.MM;
		case INCH -> Units.INCH;
		};
	}
}
