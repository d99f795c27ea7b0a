// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web;

import dev.partforge.recipes.Recipe;

/**
 * A web generator recipe mapped onto PartForge's vocabulary.
 *
 * @param id     the recipe's id, which becomes the part's id
 * @param recipe the exact PartForge recipe (valid; millimetres)
 */
public record WebPart(String id, Recipe recipe) {
}
