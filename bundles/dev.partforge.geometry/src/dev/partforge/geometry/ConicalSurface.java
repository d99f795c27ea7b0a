// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A cone about the frame's z axis (STEP CONICAL_SURFACE): radius {@code radius} at the frame
 * origin, growing by tan(semiAngle) per unit along +z.
 *
 * @param frame     placement; z is the axis
 * @param radius    radius at the origin (positive)
 * @param semiAngle half apex angle in radians, in (0, pi/2)
 */
public record ConicalSurface(Frame frame, double radius, double semiAngle) implements Surface {
	@Override
	public ConicalSurface translated(Vec3 offset) {
		return new ConicalSurface(frame.translated(offset), radius, semiAngle);
	}

	/** @return the radius at axial height h */
	public double radiusAt(double h) {
		return radius + h * Math.tan(semiAngle);
	}
}
