// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A full circle (STEP CIRCLE) in the xy plane of its frame, running counter-clockwise about the
 * frame's z axis; an edge on it runs from its start vertex counter-clockwise to its end vertex.
 *
 * @param frame  centre and orientation
 * @param radius radius (positive)
 */
public record Circle(Frame frame, double radius) implements Curve {

	/** Validates the radius. */
	public Circle {
		if (!(radius > 0)) {
			throw new IllegalArgumentException("circle radius must be positive: " + radius);
		}
	}

	/** @return the point at angle t (radians from the frame's x axis) */
	public Vec3 point(double t) {
		return frame.point(radius * Math.cos(t), radius * Math.sin(t), 0);
	}

	/** @return the unit tangent at angle t (direction of travel) */
	public Vec3 tangent(double t) {
		return frame.direction(-Math.sin(t), Math.cos(t), 0);
	}

	/** @return the angle of a point on (or near) the circle, in [0, 2 pi) */
	public double angleOf(Vec3 p) {
		Vec3 l = frame.local(p);
		double a = Math.atan2(l.y(), l.x());
		return a < 0 ? a + 2 * Math.PI : a;
	}

	@Override
	public Circle translated(Vec3 offset) {
		return new Circle(frame.translated(offset), radius);
	}
}
