// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A drilled hole, flat-bottomed when blind (decision: flat bottom, like a milled or end-drilled
 * hole, so the drawing shows the depth without a 118 degree drill point).
 *
 * @param face     host face
 * @param u        centre u
 * @param v        centre v
 * @param diameter diameter
 * @param depth    depth for a blind hole, 0 for a through hole
 * @param through  true for a through hole
 * @param pattern  repetition (none, linear or circular)
 */
public record Hole(String face, double u, double v, double diameter, double depth, boolean through, Pattern pattern)
		implements Feature {
	@Override
	public String kind() {
		return "hole";
	}

	@Override
	public Hole scaled(double k) {
		return new Hole(face, u * k, v * k, diameter * k, depth * k, through, pattern.scaled(k));
	}
}
