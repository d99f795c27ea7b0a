// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.Date;
import java.util.OptionalLong;

import org.eclipse.core.runtime.IAdaptable;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.StoredPart;
import dev.partforge.model.Units;
import dev.partforge.store.PartSummary;

/**
 * One row of the Parts view: an immutable snapshot of a stored part and its best time.
 *
 * @param id         the part id
 * @param name       the recipe name
 * @param difficulty the difficulty, may be null for a part without recipe
 * @param seed       the recipe seed
 * @param bookmarked bookmarked
 * @param completed  completed at least once
 * @param bestTime   shortest completed attempt
 * @param lastViewed when the part was last opened, may be null
 * @param units      the part's own units, may be null for a part without recipe
 */
public record PartRow(String id, String name, Difficulty difficulty, long seed, boolean bookmarked,
		boolean completed, OptionalLong bestTime, Date lastViewed, Units units) implements IAdaptable {

	/**
	 * Adapts to {@link StoredPart} (what other bundles, e.g. the Export wizard, take from a selection): a detached
	 * part with this row's id, bookmark and completion state and a recipe carrying name, difficulty and seed only.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter != StoredPart.class) {
			return null;
		}
		PartRecipe recipe = ModelFactory.eINSTANCE.createPartRecipe();
		recipe.setId(id);
		recipe.setName(name);
		recipe.setDifficulty(difficulty);
		recipe.setSeed(seed);
		if (units != null) {
			recipe.setUnits(units);
		}
		StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
		part.setId(id);
		part.setBookmarked(bookmarked);
		part.setCompleted(completed);
		part.setLastViewed(lastViewed);
		part.setRecipe(recipe);
		return adapter.cast(part);
	}

	/**
	 * Makes a row.
	 *
	 * @param summary the part's summary from the store
	 * @return the row
	 */
	public static PartRow of(PartSummary summary) {
		return new PartRow(summary.id(), summary.name(), summary.difficulty(), summary.seed(), summary.bookmarked(),
				summary.completed(), summary.bestTime(),
				summary.lastViewed() == null ? null : Date.from(summary.lastViewed()), summary.units());
	}
}
