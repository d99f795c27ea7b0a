// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

import java.util.List;

import dev.partforge.check.step.internal.BrepFace;
import dev.partforge.check.step.internal.MassIntegrals;
import dev.partforge.check.step.internal.SolidFaces;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;

/**
 * The quantities of a solid that do not depend on where and how it is placed, in millimetres and a
 * density of 1: volume (mm\u00b3), surface area (mm\u00b2), principal moments of inertia about the
 * centroid (mm\u2075, ascending) and the extents along the matching principal axes (mm, measured over
 * the edges).
 *
 * @param volume           volume
 * @param area             surface area
 * @param principalMoments the principal moments, ascending
 * @param extents          the extent along each principal axis, in the order of the moments
 */
public record ModelProperties(double volume, double area, Vec3 principalMoments, Vec3 extents) {

	/**
	 * The properties of an exact PartForge solid, computed the same way as those of a STEP file.
	 *
	 * @param solid a closed solid
	 * @return its properties
	 */
	public static ModelProperties of(Solid solid) {
		try {
			return MassIntegrals.of(SolidFaces.of(solid));
		} catch (StepReadException e) {
			throw new IllegalArgumentException("not a closed solid: " + solid.name() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * @param faces the faces of one closed solid
	 * @return their properties
	 * @throws StepReadException when a face cannot be integrated or the faces enclose no volume
	 */
	static ModelProperties ofFaces(List<BrepFace> faces) throws StepReadException {
		return MassIntegrals.of(faces);
	}
}
