// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the slivers a planar triangulation was left with by flipping edges towards a constrained Delaunay
 * triangulation (Lawson's flips: an inner edge whose opposite corner lies inside the other triangle's circumcircle is
 * replaced by the quadrilateral's other diagonal; the face's boundary is never changed).
 *
 * <p>Ear clipping can end with a triangle whose middle corner lies almost on its longest side: on a counterbore's
 * floor sampled at a fine angle step, an inner circle's chord extended runs through outer samples on both sides, and
 * the ear cut on that chord gets one of them. Such a triangle is positive in double but can flip when its corners are
 * rounded to float. A sliver's circumcircle is huge, so the flips replace it and its neighbours by triangles of proper
 * height.
 */
final class SliverFlips {

	/** Flips are made only for a circumcircle test this far above 0, relative to the squared sizes involved. */
	private static final double IN_CIRCLE_EPSILON = 1e-9;

	private SliverFlips() {
	}

	/**
	 * @param triangles three ids per triangle, counter-clockwise in the plane; changed in place
	 * @param rings     the rings the ids come from (for their positions)
	 */
	static void flip(int[] triangles, List<EarClipper.Ring> rings) {
		Map<Integer, double[]> xy = new HashMap<>();
		for (EarClipper.Ring r : rings) {
			for (int i = 0; i < r.ids().length; i++) {
				xy.put(r.ids()[i], new double[] { r.xy()[2 * i], r.xy()[2 * i + 1] });
			}
		}
		Map<Long, Integer> sides = new HashMap<>();
		for (int t = 0; t < triangles.length; t += 3) {
			index(sides, triangles, t);
		}
		int passes = triangles.length;
		boolean flipped = true;
		while (flipped && passes-- > 0) {
			flipped = false;
			for (int t = 0; t < triangles.length; t += 3) {
				for (int k = 0; k < 3; k++) {
					if (flipSide(triangles, t, k, sides, xy)) {
						flipped = true;
						break;
					}
				}
			}
		}
	}

	/** @return true when side k of triangle t (from corner k to the next) was flipped */
	private static boolean flipSide(int[] tris, int t, int k, Map<Long, Integer> sides, Map<Integer, double[]> xy) {
		int p = tris[t + k];
		int q = tris[t + (k + 1) % 3];
		int r = tris[t + (k + 2) % 3];
		Integer u = sides.get(key(q, p));
		if (u == null || u == t) {
			return false;
		}
		int d = opposite(tris, u, q, p);
		if (d == r || d == p || d == q || !inCircle(xy.get(p), xy.get(q), xy.get(r), xy.get(d))
				|| orient(xy, p, d, r) <= 0 || orient(xy, d, q, r) <= 0) {
			return false;
		}
		sides.remove(key(p, q));
		sides.remove(key(q, p));
		tris[t] = p;
		tris[t + 1] = d;
		tris[t + 2] = r;
		tris[u] = d;
		tris[u + 1] = q;
		tris[u + 2] = r;
		index(sides, tris, t);
		index(sides, tris, u);
		return true;
	}

	private static int opposite(int[] tris, int u, int q, int p) {
		for (int j = 0; j < 3; j++) {
			if (tris[u + j] == q && tris[u + (j + 1) % 3] == p) {
				return tris[u + (j + 2) % 3];
			}
		}
		throw new IllegalStateException("triangle " + u / 3 + " lost its side " + q + "->" + p);
	}

	private static void index(Map<Long, Integer> sides, int[] tris, int t) {
		for (int k = 0; k < 3; k++) {
			sides.put(key(tris[t + k], tris[t + (k + 1) % 3]), t);
		}
	}

	/** @return true when d lies clearly inside the circumcircle of the counter-clockwise triangle a, b, c */
	private static boolean inCircle(double[] a, double[] b, double[] c, double[] d) {
		double adx = a[0] - d[0];
		double ady = a[1] - d[1];
		double bdx = b[0] - d[0];
		double bdy = b[1] - d[1];
		double cdx = c[0] - d[0];
		double cdy = c[1] - d[1];
		double ad = adx * adx + ady * ady;
		double bd = bdx * bdx + bdy * bdy;
		double cd = cdx * cdx + cdy * cdy;
		double det = ad * (bdx * cdy - cdx * bdy) - bd * (adx * cdy - cdx * ady) + cd * (adx * bdy - bdx * ady);
		double scale = Math.max(ad, Math.max(bd, cd));
		return det > IN_CIRCLE_EPSILON * scale * scale;
	}

	private static double orient(Map<Integer, double[]> xy, int a, int b, int c) {
		double[] p = xy.get(a);
		double[] q = xy.get(b);
		double[] r = xy.get(c);
		return RingNode.cross(p[0], p[1], q[0], q[1], r[0], r[1]);
	}

	private static long key(int a, int b) {
		return (long) a << 32 | b & 0xffffffffL;
	}
}
