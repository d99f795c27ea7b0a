// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A feature placed on one planar host face of the stock: "TOP", "BOTTOM" or "SIDE&lt;k&gt;" (the
 * side face on edge k of the untreated profile polygon, k from 0). (u, v) are coordinates in the
 * host face's frame: TOP u = x, v = y; BOTTOM u = x, v = length - y; SIDE&lt;k&gt; u along the edge
 * from its start corner, v = z. Features never interact (see {@link RecipeValidator}).
 */
public sealed interface Feature permits Hole, Counterbore, Countersink, Pocket, Slot, Boss {

	/** @return host face name */
	String face();

	/** @return placement u (centre) */
	double u();

	/** @return placement v (centre) */
	double v();

	/** @return repetition */
	Pattern pattern();

	/** @return the storage kind id */
	String kind();

	/** @return the same feature with every length multiplied by k */
	Feature scaled(double k);
}
