// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import dev.partforge.drawing.internal.SheetBuilder;
import dev.partforge.drawing.internal.SheetNumbers;
import dev.partforge.recipes.Recipe;

/**
 * Makes the engineering drawing of a recipe: orthographic views with exact hidden lines, centre
 * lines, ISO 129-1 dimensions taken from the recipe, ISO 5457 sheet and ISO 7200 title block.
 */
public final class Drafter {

	private Drafter() {
	}

	/**
	 * @param partId  part number for the title block
	 * @param recipe  a valid recipe
	 * @param options paper, projection, content and title block fields
	 * @return the sheet
	 * @throws DrawingException when the recipe is invalid or the part does not fit the paper
	 */
	public static Sheet draw(String partId, Recipe recipe, DrawingOptions options) {
		try {
			return SheetBuilder.build(partId, recipe, options);
		} catch (IllegalStateException | IllegalArgumentException e) {
			throw new DrawingException("cannot draw part " + partId + " (" + recipe.name() + "): " + e.getMessage(), e);
		}
	}

	/**
	 * Gives a sheet another sheet number (of another count), as drawing it again with that number would, without
	 * drawing it again: only the title block changes. For a practice set whose parts were drawn one by one.
	 *
	 * @param sheet   a sheet drawn by {@link #draw} with {@code options} apart from the sheet number and count
	 * @param options the same options with the new {@link DrawingOptions#withSheet sheet number and count}
	 * @return the renumbered sheet
	 * @throws IllegalArgumentException if the sheet's title block does not match the options
	 */
	public static Sheet renumber(Sheet sheet, DrawingOptions options) {
		return SheetNumbers.renumber(sheet, options);
	}
}
