// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A flat-floored rectangular pocket with corner radii, axis-aligned in its host face.
 *
 * @param face         host face
 * @param u            centre u
 * @param v            centre v
 * @param length       extent along u
 * @param width        extent along v
 * @param cornerRadius corner radius (0 &lt;= r &lt;= min(length, width) / 2)
 * @param depth        depth
 * @param pattern      repetition (none or linear)
 */
public record Pocket(String face, double u, double v, double length, double width, double cornerRadius, double depth,
		Pattern pattern) implements Feature {
	@Override
	public String kind() {
		return "pocket";
	}

	@Override
	public Pocket scaled(double k) {
		return new Pocket(face, u * k, v * k, length * k, width * k, cornerRadius * k, depth * k, pattern.scaled(k));
	}
}
