// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Triangulates a planar polygon with holes by ear clipping.
 *
 * <p>The holes are first joined to the outer ring one by one, rightmost hole first (D. Eberly, "Triangulation by Ear
 * Clipping"): a ray from the hole's rightmost vertex M towards +x meets the nearest outer edge at I; the edge's
 * endpoint P with the larger x is visible from M unless a vertex of the ring lies in the triangle M, I, P, in which
 * case the one seen from M at the smallest angle to the ray is. The ring then runs P, M, around the hole, M, P, on.
 * Where a position occurs twice (an earlier bridge), the occurrence whose interior wedge faces M is used. Ears are
 * then cut off the one simple ring: a strictly convex corner whose triangle holds no other ring vertex (a vertex at
 * the same position as a corner, a bridge twin, does not count).
 */
public final class EarClipper {

	private EarClipper() {
	}

	/**
	 * A closed ring of points in the plane.
	 *
	 * @param xy  x, y per point
	 * @param ids the caller's vertex id per point
	 */
	public record Ring(double[] xy, int[] ids) {
	}

	/**
	 * @param outer the outer boundary (either orientation)
	 * @param holes rings inside it, disjoint from it and from each other (either orientation)
	 * @return three ids per triangle, counter-clockwise in the plane
	 */
	public static int[] triangulate(Ring outer, List<Ring> holes) {
		Node start = ring(outer, true);
		List<Node> rightmost = new ArrayList<>();
		for (Ring h : holes) {
			rightmost.add(rightmost(ring(h, false)));
		}
		rightmost.sort(Comparator.comparingDouble((Node n) -> n.x).reversed());
		for (Node m : rightmost) {
			bridge(start, m);
		}
		return clip(start);
	}

	private static Node ring(Ring r, boolean counterClockwise) {
		int n = r.ids().length;
		double area = 0;
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			area += r.xy()[2 * i] * r.xy()[2 * j + 1] - r.xy()[2 * j] * r.xy()[2 * i + 1];
		}
		boolean reverse = area > 0 != counterClockwise;
		Node first = null;
		Node last = null;
		for (int k = 0; k < n; k++) {
			int i = reverse ? n - 1 - k : k;
			Node node = new Node(r.xy()[2 * i], r.xy()[2 * i + 1], r.ids()[i]);
			if (first == null) {
				first = node;
			} else {
				last.next = node;
				node.prev = last;
			}
			last = node;
		}
		last.next = first;
		first.prev = last;
		return first;
	}

	private static Node rightmost(Node start) {
		Node best = start;
		for (Node n = start.next; n != start; n = n.next) {
			if (n.x > best.x || n.x == best.x && n.y < best.y) {
				best = n;
			}
		}
		return best;
	}

	private static void bridge(Node start, Node m) {
		Node p = visible(start, m);
		if (p == null) {
			throw new IllegalArgumentException("an inner loop is not inside its face's outer loop");
		}
		Node m2 = new Node(m.x, m.y, m.id);
		Node p2 = new Node(p.x, p.y, p.id);
		Node pNext = p.next;
		Node mPrev = m.prev;
		p.next = m;
		m.prev = p;
		mPrev.next = m2;
		m2.prev = mPrev;
		m2.next = p2;
		p2.prev = m2;
		p2.next = pNext;
		pNext.prev = p2;
	}

	private static Node visible(Node start, Node m) {
		double best = Double.POSITIVE_INFINITY;
		Node edge = null;
		Node n = start;
		do {
			Node a = n;
			Node b = n.next;
			if (a.y <= m.y && m.y <= b.y && a.y < b.y) {
				double ix = a.x + (m.y - a.y) * (b.x - a.x) / (b.y - a.y);
				if (ix >= m.x && ix < best) {
					best = ix;
					edge = a;
				}
			}
			n = n.next;
		} while (n != start);
		if (edge == null) {
			return null;
		}
		Node p = edge.next.x > edge.x ? edge.next : edge;
		if (m.y == edge.y) {
			p = edge;
		} else if (m.y == edge.next.y) {
			p = edge.next;
		} else {
			p = nearerInTriangle(start, m, best, p);
		}
		return facing(start, p, m);
	}

	/** @return the ring vertex in triangle (m, (ix, m.y), p) seen at the smallest angle from m, or p */
	private static Node nearerInTriangle(Node start, Node m, double ix, Node p) {
		Node best = p;
		double bestTan = Double.POSITIVE_INFINITY;
		double bestDist = Double.POSITIVE_INFINITY;
		Node n = start;
		do {
			if (n != p && n.x >= m.x && inTriangle(m.x, m.y, ix, m.y, p.x, p.y, n.x, n.y)
					&& locallyInside(n, m)) {
				double tan = Math.abs(n.y - m.y) / (n.x - m.x);
				double dist = n.x - m.x;
				if (tan < bestTan || tan == bestTan && dist < bestDist) {
					best = n;
					bestTan = tan;
					bestDist = dist;
				}
			}
			n = n.next;
		} while (n != start);
		return best;
	}

	/** @return the occurrence of p's position whose interior wedge contains m */
	private static Node facing(Node start, Node p, Node m) {
		if (locallyInside(p, m)) {
			return p;
		}
		Node n = start;
		do {
			if (n.x == p.x && n.y == p.y && locallyInside(n, m)) {
				return n;
			}
			n = n.next;
		} while (n != start);
		return p;
	}

	private static boolean locallyInside(Node b, Node m) {
		Node a = b.prev;
		Node c = b.next;
		if (orient(a, b, c) >= 0) {
			return orient(b, c, m) >= 0 && orient(b, m, a) >= 0;
		}
		return !(orient(b, a, m) > 0 && orient(b, m, c) > 0);
	}

	private static int[] clip(Node start) {
		IntStream.Builder out = IntStream.builder();
		int count = 1;
		for (Node n = start.next; n != start; n = n.next) {
			count++;
		}
		Node n = start;
		int stall = 0;
		while (count > 3) {
			if (isEar(n) || stall > count && orient(n.prev, n, n.next) >= 0 || stall > 2 * count) {
				emit(out, n);
				n.prev.next = n.next;
				n.next.prev = n.prev;
				n = n.next;
				count--;
				stall = 0;
			} else {
				n = n.next;
				stall++;
			}
		}
		emit(out, n);
		return out.build().toArray();
	}

	private static void emit(IntStream.Builder out, Node n) {
		out.add(n.prev.id);
		out.add(n.id);
		out.add(n.next.id);
	}

	private static boolean isEar(Node b) {
		Node a = b.prev;
		Node c = b.next;
		if (orient(a, b, c) <= 0) {
			return false;
		}
		double minX = Math.min(a.x, Math.min(b.x, c.x));
		double maxX = Math.max(a.x, Math.max(b.x, c.x));
		double minY = Math.min(a.y, Math.min(b.y, c.y));
		double maxY = Math.max(a.y, Math.max(b.y, c.y));
		for (Node p = c.next; p != a; p = p.next) {
			if (p.x < minX || p.x > maxX || p.y < minY || p.y > maxY || same(p, a) || same(p, b) || same(p, c)) {
				continue;
			}
			if (inTriangle(a.x, a.y, b.x, b.y, c.x, c.y, p.x, p.y)) {
				return false;
			}
		}
		return true;
	}

	private static boolean same(Node p, Node q) {
		return p.x == q.x && p.y == q.y;
	}

	/** @return true when (px, py) lies in or on the counter-clockwise or clockwise triangle */
	private static boolean inTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px,
			double py) {
		double d1 = cross(ax, ay, bx, by, px, py);
		double d2 = cross(bx, by, cx, cy, px, py);
		double d3 = cross(cx, cy, ax, ay, px, py);
		return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
	}

	private static double orient(Node p, Node q, Node r) {
		return cross(p.x, p.y, q.x, q.y, r.x, r.y);
	}

	private static double cross(double px, double py, double qx, double qy, double rx, double ry) {
		return (qx - px) * (ry - py) - (qy - py) * (rx - px);
	}

	/** A ring vertex. */
	private static final class Node {
		private final double x;
		private final double y;
		private final int id;
		private Node prev;
		private Node next;

		private Node(double x, double y, int id) {
			this.x = x;
			this.y = y;
			this.id = id;
		}
	}
}
