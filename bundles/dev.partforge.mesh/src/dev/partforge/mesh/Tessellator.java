// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh;

import dev.partforge.geometry.Solid;
import dev.partforge.mesh.internal.MeshRun;

/**
 * Turns an exact solid into a {@link TriangleMesh}.
 *
 * <p>Every B-rep edge is sampled once: a line by its two vertices, a circle arc by equal angular steps, as many as
 * both tolerances need (the chord's distance from the arc at most {@code chordTolerance}, the turn between
 * neighbouring chords at most {@code angleTolerance}, and never more than a quarter turn). Faces are then
 * triangulated between those samples only, so neighbouring faces meet exactly: cylinder and cone faces as strips
 * between their two arcs along the straight generators, planar faces (with their inner loops) by ear clipping in the
 * face's plane after bridging each inner loop to the outer one.
 */
public final class Tessellator {

	private Tessellator() {
	}

	/**
	 * @param solid          a closed, consistently oriented solid
	 * @param chordTolerance largest distance between a curved edge and its chords, mm (positive)
	 * @param angleTolerance largest angle between neighbouring chords of an arc, radians (positive)
	 * @return its mesh
	 * @throws IllegalArgumentException for a non-positive tolerance or a face the tessellator does not know
	 */
	public static TriangleMesh tessellate(Solid solid, double chordTolerance, double angleTolerance) {
		if (!(chordTolerance > 0) || !(angleTolerance > 0) || Double.isInfinite(chordTolerance)) {
			throw new IllegalArgumentException(
					"tolerances must be positive: chord " + chordTolerance + " mm, angle " + angleTolerance + " rad");
		}
		return new MeshRun(solid, chordTolerance, angleTolerance).mesh();
	}
}
