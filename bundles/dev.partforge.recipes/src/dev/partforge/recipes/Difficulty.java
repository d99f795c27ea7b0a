// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/** Practice level of a generated part. */
public enum Difficulty {
	/** One face, a few plain features on simple stock. */
	BEGINNER,
	/** Several feature kinds, a second face, corner treatments, linear patterns. */
	INTERMEDIATE,
	/** Profile stock, many faces, counterbores, countersinks, bosses, linear and circular patterns. */
	EXPERT
}
