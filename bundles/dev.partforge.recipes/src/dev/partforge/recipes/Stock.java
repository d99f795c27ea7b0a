// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * The raw material: a profile extruded along +z (see {@link StockKind} for a and b).
 *
 * @param kind       shape kind
 * @param width      overall extent in x (diameter for round stock)
 * @param length     overall extent in y (equal to width for round stock)
 * @param height     extrusion length in z
 * @param a          first profile parameter
 * @param b          second profile parameter
 * @param corner     treatment of the vertical edges (convex and concave corners)
 * @param cornerSize fillet radius or chamfer leg (0 for NONE)
 */
public record Stock(StockKind kind, double width, double length, double height, double a, double b, CornerTreatment corner,
		double cornerSize) {

	/** @return the same stock with every length multiplied by k */
	public Stock scaled(double k) {
		return new Stock(kind, width * k, length * k, height * k, a * k, b * k, corner, cornerSize * k);
	}
}
