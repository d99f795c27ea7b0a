// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * An immutable 3D vector or point in millimetres (the kernel unit).
 *
 * @param x x component
 * @param y y component
 * @param z z component
 */
public record Vec3(double x, double y, double z) {

	/** The origin / zero vector. */
	public static final Vec3 ZERO = new Vec3(0, 0, 0);
	/** Unit vector along x. */
	public static final Vec3 X = new Vec3(1, 0, 0);
	/** Unit vector along y. */
	public static final Vec3 Y = new Vec3(0, 1, 0);
	/** Unit vector along z. */
	public static final Vec3 Z = new Vec3(0, 0, 1);

	/** @return this + o */
	public Vec3 plus(Vec3 o) {
		return new Vec3(x + o.x, y + o.y, z + o.z);
	}

	/** @return this - o */
	public Vec3 minus(Vec3 o) {
		return new Vec3(x - o.x, y - o.y, z - o.z);
	}

	/** @return this scaled by k */
	public Vec3 times(double k) {
		return new Vec3(x * k, y * k, z * k);
	}

	/** @return the negated vector */
	public Vec3 negate() {
		return new Vec3(-x, -y, -z);
	}

	/** @return the dot product */
	public double dot(Vec3 o) {
		return x * o.x + y * o.y + z * o.z;
	}

	/** @return the cross product this x o */
	public Vec3 cross(Vec3 o) {
		return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
	}

	/** @return the Euclidean length */
	public double length() {
		return Math.sqrt(dot(this));
	}

	/** @return the unit vector in this direction; fails for a zero vector */
	public Vec3 normalized() {
		double l = length();
		if (l == 0) {
			throw new IllegalStateException("cannot normalize a zero vector");
		}
		return times(1 / l);
	}

	/** @return component i (0 = x, 1 = y, 2 = z) */
	public double get(int i) {
		return switch (i) {
		case 0 -> x;
		case 1 -> y;
		case 2 -> z;
		default -> throw new IndexOutOfBoundsException(i);
		};
	}

	/** @return the distance to o */
	public double distance(Vec3 o) {
		return minus(o).length();
	}
}
