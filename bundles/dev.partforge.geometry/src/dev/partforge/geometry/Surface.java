// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A face's underlying surface. Natural normals: a plane's is its frame's z axis; a cylinder's and a
 * cone's point away from the axis (as in STEP and OpenCASCADE for right-handed placements).
 */
public sealed interface Surface permits Plane, CylindricalSurface, ConicalSurface {

	/** @return the surface's placement */
	Frame frame();

	/** @return the same surface moved by a world offset */
	Surface translated(Vec3 offset);
}
