// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 * Import of the web generator's part-recipe JSON: {@link dev.partforge.recipes.web.WebRecipeImporter}
 * maps a recipe onto PartForge's recipe vocabulary exactly, or refuses it with one line per
 * primitive or operation that cannot be represented exactly.
 */
package dev.partforge.recipes.web;
