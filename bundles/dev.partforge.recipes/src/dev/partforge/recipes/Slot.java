// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes;

/**
 * A flat-floored obround slot along u.
 *
 * @param face    host face
 * @param u       centre u
 * @param v       centre v
 * @param length  overall length along u (larger than the width)
 * @param width   width along v (the end radius is width / 2)
 * @param depth   depth
 * @param pattern repetition (none or linear)
 */
public record Slot(String face, double u, double v, double length, double width, double depth, Pattern pattern)
		implements Feature {
	@Override
	public String kind() {
		return "slot";
	}

	@Override
	public Slot scaled(double k) {
		return new Slot(face, u * k, v * k, length * k, width * k, depth * k, pattern.scaled(k));
	}
}
