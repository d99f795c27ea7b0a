// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A hole with a 90 degree countersink at its opening.
 *
 * @param face       host face
 * @param u          centre u
 * @param v          centre v
 * @param diameter   hole diameter
 * @param depth      total depth for a blind hole, 0 for through
 * @param through    true for a through hole
 * @param csDiameter countersink diameter at the face (larger than the hole)
 * @param pattern    repetition
 */
public record Countersink(String face, double u, double v, double diameter, double depth, boolean through, double csDiameter,
		Pattern pattern) implements Feature {

	/** Included angle of every countersink, in degrees. */
	public static final double ANGLE = 90;

	@Override
	public String kind() {
		return "countersink";
	}

	/** @return the axial depth of the cone (90 degrees: half the diameter difference) */
	public double coneDepth() {
		return (csDiameter - diameter) / 2;
	}

	@Override
	public Countersink scaled(double k) {
		return new Countersink(face, u * k, v * k, diameter * k, depth * k, through, csDiameter * k, pattern.scaled(k));
	}
}
