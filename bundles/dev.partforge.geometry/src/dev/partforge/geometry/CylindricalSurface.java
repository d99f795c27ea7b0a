// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A cylinder about the frame's z axis (STEP CYLINDRICAL_SURFACE).
 *
 * @param frame  placement; z is the axis
 * @param radius radius (positive)
 */
public record CylindricalSurface(Frame frame, double radius) implements Surface {
	@Override
	public CylindricalSurface translated(Vec3 offset) {
		return new CylindricalSurface(frame.translated(offset), radius);
	}
}
