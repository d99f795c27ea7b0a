// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * An unbounded straight line (STEP LINE).
 *
 * @param origin    a point on the line
 * @param direction unit direction; edges on the line run along it when used with same sense
 */
public record Line(Vec3 origin, Vec3 direction) implements Curve {

	/** @return the point at parameter t (distance from origin) */
	public Vec3 point(double t) {
		return origin.plus(direction.times(t));
	}

	@Override
	public Line translated(Vec3 offset) {
		return new Line(origin.plus(offset), direction);
	}
}
