// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

/**
 * A ray from a pixel into the scene.
 *
 * @param origin    where it starts (the eye, or the near plane for an orthographic camera)
 * @param direction its unit direction
 */
public record Ray(Vec3d origin, Vec3d direction) {

	/** @return the point at parameter t */
	public Vec3d at(double t) {
		return origin.plus(direction.times(t));
	}
}
