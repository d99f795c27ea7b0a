// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 * Part recipes: immutable stock + ordered features with a seed
 * ({@link dev.partforge.recipes.Recipe}), the seeded generator
 * ({@link dev.partforge.recipes.RecipeGenerator}), the validator that enforces "features never
 * interact" ({@link dev.partforge.recipes.RecipeValidator}), the exact solid
 * ({@link dev.partforge.recipes.SolidBuilder}), closed-form mass properties
 * ({@link dev.partforge.recipes.AnalyticMassProperties}), the difficulty score and the storage codec
 * ({@link dev.partforge.recipes.RecipeCodec}).
 */
package dev.partforge.recipes;
