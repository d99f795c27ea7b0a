// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

/**
 * The drawing engine's tolerances, one set for the whole engine (docs/geometry.md "Tolerances"): hidden lines,
 * curve intersections, ray tests and annotation placement. Lengths are model millimetres, angles radians. Recipes are clean values (half millimetres, sixteenths of an inch), so the
 * geometry is far coarser than any of these: they only absorb floating-point noise.
 */
final class Tolerance {

	/** Two points closer than this are one point; a projected curve shorter than this is a point. */
	static final double POINT = 1e-9;
	/** Two unit vectors whose dot product is within this of 1 (or of 0) are parallel (or perpendicular). */
	static final double DIRECTION = 1e-9;
	/** A curve parameter within this of 0 or 1 is on the curve's end (segment overlaps). */
	static final double PARAMETER = 1e-9;
	/** Angles closer than this are equal: arcs continue each other, an angle on a face's range lies in it. */
	static final double ANGLE = 1e-9;
	/** A turning point of an edge-on circle closer than this to the edge's end angle is the end itself. */
	static final double END_ANGLE = 1e-12;
	/** A point this far from a straight line or less lies on it (collinear segments join). */
	static final double ON_LINE = 1e-7;
	/** Pieces of a projected curve shorter than this are not drawn. */
	static final double PIECE = 1e-6;
	/** A face met this close to a visibility ray's origin or closer is the face the ray starts on, not a cover. */
	static final double RAY_START = 1e-6;
	/** A piece whose midpoint is this close to a kept piece or less is covered by it. */
	static final double COVERED = 1e-5;
	/** Projected curves closer than this meet or overlap (intersection points, shared ends, tangency). */
	static final double CURVE = 1e-6;
	/** A point closer than this to a face's boundary lies on the face (it occludes). */
	static final double ON_FACE = 1e-6;
	/** Two segments whose cross product is below this times the product of their lengths are parallel. */
	static final double PARALLEL = 1e-12;
	/** A ray whose direction has a component below this along a plane's normal runs parallel to the plane. */
	static final double RAY_PARALLEL = 1e-12;
	/** A quadratic coefficient below this is zero (the ray is parallel to a cylinder's or cone's generator). */
	static final double QUADRATIC_ZERO = 1e-14;
	/** A denominator below this is zero (the parity ray runs along an outline segment). */
	static final double DENOMINATOR_ZERO = 1e-15;

	private Tolerance() {
	}
}
