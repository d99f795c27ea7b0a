// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * An edge as used by one loop (STEP ORIENTED_EDGE).
 *
 * @param edge      the shared edge
 * @param sameSense true when the loop runs along the edge from start to end
 */
public record OrientedEdge(Edge edge, boolean sameSense) {

	/** @return the vertex where this use begins */
	public Vertex first() {
		return sameSense ? edge.start() : edge.end();
	}

	/** @return the vertex where this use ends */
	public Vertex last() {
		return sameSense ? edge.end() : edge.start();
	}

	/** @return the opposite use of the same edge */
	public OrientedEdge reversed() {
		return new OrientedEdge(edge, !sameSense);
	}
}
