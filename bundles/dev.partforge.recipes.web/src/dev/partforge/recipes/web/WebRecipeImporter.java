// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web;

import dev.partforge.recipes.web.internal.PartMapper;
import dev.partforge.recipes.web.internal.WebJson;

/**
 * Reads a part recipe of the web generator PartForge descends from (both its JSON shapes) and maps
 * it exactly onto a PartForge recipe, or refuses it with one line per primitive or operation that
 * cannot be represented exactly. Nothing is stored here: the caller stores the whole part or nothing.
 */
public final class WebRecipeImporter {

	private WebRecipeImporter() {
	}

	/**
	 * @param json the content of a recipe file
	 * @return the part
	 * @throws WebRecipeException with one line per reason it cannot be imported
	 */
	public static WebPart read(String json) throws WebRecipeException {
		return PartMapper.map(WebJson.parse(json));
	}
}
