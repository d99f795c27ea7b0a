// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * Treatment of every vertical edge of a profile stock: convex corners are rounded or cut, concave
 * (inner) corners get a fillet or chamfer of material. Kept in the profile, so it never meets a feature.
 */
public enum CornerTreatment {
	/** Sharp corners. */
	NONE,
	/** Round fillets of radius cornerSize. */
	FILLET,
	/** 45 degree chamfers with legs of cornerSize. */
	CHAMFER
}
