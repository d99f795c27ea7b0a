// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A right-handed orthonormal frame (STEP AXIS2_PLACEMENT_3D): origin, x, y and z axes.
 *
 * @param origin origin point
 * @param xAxis  unit x axis (STEP ref_direction)
 * @param yAxis  unit y axis, z x x
 * @param zAxis  unit z axis (STEP axis)
 */
public record Frame(Vec3 origin, Vec3 xAxis, Vec3 yAxis, Vec3 zAxis) {

	/** The world frame. */
	public static final Frame WORLD = new Frame(Vec3.ZERO, Vec3.X, Vec3.Y, Vec3.Z);

	/** Validates orthonormality and right-handedness. */
	public Frame {
		if (Math.abs(xAxis.length() - 1) > 1e-9 || Math.abs(zAxis.length() - 1) > 1e-9
				|| Math.abs(xAxis.dot(zAxis)) > 1e-9 || zAxis.cross(xAxis).minus(yAxis).length() > 1e-9) {
			throw new IllegalArgumentException("not a right-handed orthonormal frame: x=" + xAxis + " y=" + yAxis + " z=" + zAxis);
		}
	}

	/**
	 * Creates a frame from an origin, a z axis and an x axis (both unit, perpendicular).
	 *
	 * @return the frame with y = z x x
	 */
	public static Frame of(Vec3 origin, Vec3 zAxis, Vec3 xAxis) {
		return new Frame(origin, xAxis, zAxis.cross(xAxis), zAxis);
	}

	/** @return the world point at local coordinates (u, v, w) */
	public Vec3 point(double u, double v, double w) {
		return origin.plus(direction(u, v, w));
	}

	/** @return the world vector for local components (u, v, w) */
	public Vec3 direction(double u, double v, double w) {
		return new Vec3(xAxis.x() * u + yAxis.x() * v + zAxis.x() * w, xAxis.y() * u + yAxis.y() * v + zAxis.y() * w,
				xAxis.z() * u + yAxis.z() * v + zAxis.z() * w);
	}

	/** @return the local coordinates of a world point */
	public Vec3 local(Vec3 p) {
		Vec3 d = p.minus(origin);
		return new Vec3(d.dot(xAxis), d.dot(yAxis), d.dot(zAxis));
	}

	/** @return the same frame moved by a world offset */
	public Frame translated(Vec3 offset) {
		return new Frame(origin.plus(offset), xAxis, yAxis, zAxis);
	}
}
