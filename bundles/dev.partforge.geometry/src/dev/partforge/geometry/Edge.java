// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A topological edge: a bounded piece of a curve from {@code start} to {@code end}, following the
 * curve's direction. Circle edges never close on themselves (full circles are split in two), so an
 * edge always has two distinct vertices. Identity matters: an edge is shared by exactly two faces.
 */
public final class Edge {
	private final Curve curve;
	private final Vertex start;
	private final Vertex end;

	/**
	 * @param curve the carrier curve
	 * @param start start vertex
	 * @param end   end vertex (distinct from start)
	 */
	public Edge(Curve curve, Vertex start, Vertex end) {
		if (start == end) {
			throw new IllegalArgumentException("closed edges are not used: split full circles");
		}
		this.curve = curve;
		this.start = start;
		this.end = end;
	}

	/** @return the carrier curve */
	public Curve curve() {
		return curve;
	}

	/** @return the start vertex */
	public Vertex start() {
		return start;
	}

	/** @return the end vertex */
	public Vertex end() {
		return end;
	}

	/** @return for a circle edge, the start angle on its circle; 0 for a line */
	public double startAngle() {
		return curve instanceof Circle c ? c.angleOf(start.point()) : 0;
	}

	/** @return for a circle edge, the swept angle in (0, 2 pi); for a line, its length */
	public double extent() {
		if (curve instanceof Circle c) {
			double s = c.angleOf(end.point()) - c.angleOf(start.point());
			return s <= 1e-12 ? s + 2 * Math.PI : s;
		}
		return start.point().distance(end.point());
	}

	/**
	 * @param t fraction 0..1 along the edge (curve direction)
	 * @return the point at that fraction
	 */
	public Vec3 pointAt(double t) {
		if (curve instanceof Circle c) {
			return c.point(startAngle() + t * extent());
		}
		return start.point().plus(end.point().minus(start.point()).times(t));
	}

	/**
	 * @param t fraction 0..1 along the edge
	 * @return d(point)/dt at that fraction
	 */
	public Vec3 derivativeAt(double t) {
		if (curve instanceof Circle c) {
			double e = extent();
			return c.tangent(startAngle() + t * e).times(c.radius() * e);
		}
		return end.point().minus(start.point());
	}
}
