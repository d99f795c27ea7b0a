// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

import java.util.List;

/**
 * A closed chain of oriented edges (STEP EDGE_LOOP). Outer loops run counter-clockwise and inner
 * loops clockwise when seen against the face's outward normal.
 *
 * @param edges the edges in order; each ends where the next begins
 */
public record Loop(List<OrientedEdge> edges) {

	/** Copies and checks that the chain is closed. */
	public Loop {
		edges = List.copyOf(edges);
		if (edges.isEmpty()) {
			throw new IllegalArgumentException("empty loop");
		}
		for (int i = 0; i < edges.size(); i++) {
			if (edges.get(i).last() != edges.get((i + 1) % edges.size()).first()) {
				throw new IllegalArgumentException("loop is not closed at edge " + i);
			}
		}
	}

	/** @return the same loop traversed the other way */
	public Loop reversed() {
		return new Loop(edges.reversed().stream().map(OrientedEdge::reversed).toList());
	}
}
