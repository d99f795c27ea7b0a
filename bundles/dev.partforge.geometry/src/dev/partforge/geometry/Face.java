// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

import java.util.List;
import java.util.stream.Stream;

/**
 * A bounded piece of a surface (STEP ADVANCED_FACE) with one outer loop and any number of inner
 * loops (holes, pocket openings, boss feet).
 *
 * @param surface   carrier surface
 * @param sameSense true when the face's outward normal is the surface's natural normal
 * @param outer     outer loop
 * @param inner     inner loops
 */
public record Face(Surface surface, boolean sameSense, Loop outer, List<Loop> inner) {

	/** Copies the inner loops. */
	public Face {
		inner = List.copyOf(inner);
	}

	/** @return outer loop first, then the inner loops */
	public List<Loop> loops() {
		return Stream.concat(Stream.of(outer), inner.stream()).toList();
	}
}
