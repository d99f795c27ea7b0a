// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A cylindrical boss standing on the TOP face.
 *
 * @param face     host face (TOP)
 * @param u        centre u
 * @param v        centre v
 * @param diameter diameter
 * @param height   height above the face
 * @param pattern  repetition
 */
public record Boss(String face, double u, double v, double diameter, double height, Pattern pattern) implements Feature {
	@Override
	public String kind() {
		return "boss";
	}

	@Override
	public Boss scaled(double k) {
		return new Boss(face, u * k, v * k, diameter * k, height * k, pattern.scaled(k));
	}
}
