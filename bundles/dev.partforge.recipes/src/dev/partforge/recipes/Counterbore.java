// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A hole with a flat-bottomed counterbore at its opening.
 *
 * @param face       host face
 * @param u          centre u
 * @param v          centre v
 * @param diameter   hole diameter
 * @param depth      total depth for a blind hole, 0 for through
 * @param through    true for a through hole
 * @param cbDiameter counterbore diameter (larger than the hole)
 * @param cbDepth    counterbore depth
 * @param pattern    repetition
 */
public record Counterbore(String face, double u, double v, double diameter, double depth, boolean through, double cbDiameter,
		double cbDepth, Pattern pattern) implements Feature {
	@Override
	public String kind() {
		return "counterbore";
	}

	@Override
	public Counterbore scaled(double k) {
		return new Counterbore(face, u * k, v * k, diameter * k, depth * k, through, cbDiameter * k, cbDepth * k, pattern.scaled(k));
	}
}
