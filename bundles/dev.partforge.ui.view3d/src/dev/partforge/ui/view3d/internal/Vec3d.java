// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

/**
 * An immutable 3D vector in double precision for the camera and picking.
 *
 * @param x x
 * @param y y
 * @param z z
 */
public record Vec3d(double x, double y, double z) {

	/** The origin. */
	public static final Vec3d ZERO = new Vec3d(0, 0, 0);

	/** @return this + o */
	public Vec3d plus(Vec3d o) {
		return new Vec3d(x + o.x, y + o.y, z + o.z);
	}

	/** @return this - o */
	public Vec3d minus(Vec3d o) {
		return new Vec3d(x - o.x, y - o.y, z - o.z);
	}

	/** @return this * k */
	public Vec3d times(double k) {
		return new Vec3d(x * k, y * k, z * k);
	}

	/** @return the dot product */
	public double dot(Vec3d o) {
		return x * o.x + y * o.y + z * o.z;
	}

	/** @return the cross product this x o */
	public Vec3d cross(Vec3d o) {
		return new Vec3d(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
	}

	/** @return the length */
	public double length() {
		return Math.sqrt(dot(this));
	}

	/** @return this scaled to length 1 (or itself when it is zero) */
	public Vec3d unit() {
		double l = length();
		return l == 0 ? this : times(1 / l);
	}
}
