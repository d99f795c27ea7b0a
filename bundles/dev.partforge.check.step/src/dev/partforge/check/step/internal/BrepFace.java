// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.List;

/**
 * A trimmed face: its surface, whether its outward normal is the surface's natural normal, and its
 * boundary loops, each running counter-clockwise about the outward normal for the outer boundary
 * and clockwise for holes (as STEP and PartForge's B-rep orient them).
 *
 * @param surface   the carrier surface
 * @param sameSense true when the outward normal is the natural normal
 * @param loops     the boundary loops
 * @param name      the face's label for messages (e.g. "ADVANCED_FACE #12")
 */
public record BrepFace(SurfaceGeom surface, boolean sameSense, List<List<Use>> loops, String name) {

	/** Copies the loops. */
	public BrepFace {
		loops = loops.stream().map(List::copyOf).toList();
	}

	/**
	 * An edge as used by a loop.
	 *
	 * @param edge    the edge
	 * @param forward true when the loop runs from the edge's start to its end
	 */
	public record Use(EdgeGeom edge, boolean forward) {
	}
}
