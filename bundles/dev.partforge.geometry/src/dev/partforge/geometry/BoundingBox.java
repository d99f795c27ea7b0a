// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * An axis-aligned box.
 *
 * @param min minimum corner
 * @param max maximum corner
 */
public record BoundingBox(Vec3 min, Vec3 max) {

	/** @return max - min */
	public Vec3 size() {
		return max.minus(min);
	}

	/** @return the smallest box containing this one and p */
	public BoundingBox including(Vec3 p) {
		return new BoundingBox(new Vec3(Math.min(min.x(), p.x()), Math.min(min.y(), p.y()), Math.min(min.z(), p.z())),
				new Vec3(Math.max(max.x(), p.x()), Math.max(max.y(), p.y()), Math.max(max.z(), p.z())));
	}

	/** @return a degenerate box at p */
	public static BoundingBox at(Vec3 p) {
		return new BoundingBox(p, p);
	}
}
