// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Triangulates a planar polygon with holes by ear clipping.
 *
 * <p>The holes are first joined to the outer ring one by one, rightmost hole first (D. Eberly, "Triangulation by Ear
 * Clipping"): a ray from the hole's rightmost vertex M meets the nearest outer edge at I; the edge's endpoint P
 * further along the ray is visible from M unless a vertex of the ring lies in the triangle M, I, P, in which case the
 * one seen from M at the smallest angle to the ray is. The ring then runs P, M, around the hole, M, P, on. Where a
 * position occurs twice (an earlier bridge), the occurrence whose interior wedge faces M is used.
 *
 * <p>Ears are then cut off the one ring, best-shaped first (a priority queue on height over longest side): an ear is
 * a strictly convex corner whose triangle holds no other ring vertex and has none within a float-safe margin of it (a
 * vertex at a corner's position, a bridge twin, does not count). Picking well-shaped ears first avoids the long
 * diagonals that greedy clipping draws across a ring face, which graze the inner circle.
 *
 * <p>Parts are axis-aligned with clean numbers, so a ray along x can run exactly along another loop's edge and leave
 * a zero-width sliver; when a triangulation needs a sliver or a forced cut, it is redone with the ray turned by a few
 * odd angles and the attempt with the fewest defects is kept.
 */
public final class EarClipper {

	/**
	 * Directions of the bridging ray tried in turn (radians from the plane's x axis). Parts are axis-aligned with clean
	 * numbers, so a ray along x often grazes vertices of other loops exactly; the later ones are deliberately odd.
	 */
	private static final double[] ROTATIONS = { 0, 0.3183, 0.9549, 1.8371, 2.6180 };

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
	 * @param holes     rings inside it, disjoint from it and from each other (either orientation)
	 * @param minHeight ears lower than this (a triangle's smallest altitude) are cut only when no other ear is
	 *                  left, so that no sliver flips when its corners are rounded to float
	 * @return three ids per triangle, counter-clockwise in the plane
	 */
	public static int[] triangulate(Ring outer, List<Ring> holes, double minHeight) {
		Attempt best = null;
		for (double angle : ROTATIONS) {
			Attempt a = attempt(outer, holes, minHeight, angle);
			if (a.defects() == 0) {
				return a.triangles();
			}
			if (best == null || a.defects() < best.defects()) {
				best = a;
			}
		}
		return best.triangles();
	}

	private static Attempt attempt(Ring outer, List<Ring> holes, double minHeight, double angle) {
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		Node start = ring(outer, true, cos, sin);
		List<Node> rightmost = new ArrayList<>();
		for (Ring h : holes) {
			rightmost.add(rightmost(ring(h, false, cos, sin)));
		}
		rightmost.sort(Comparator.comparingDouble((Node n) -> n.x).reversed());
		for (Node m : rightmost) {
			bridge(start, m);
		}
		return clip(start, minHeight);
	}

	private static Node ring(Ring r, boolean counterClockwise, double cos, double sin) {
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
			double x = r.xy()[2 * i];
			double y = r.xy()[2 * i + 1];
			Node node = new Node(x * cos - y * sin, x * sin + y * cos, r.ids()[i]);
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

	private static Attempt clip(Node start, double minHeight) {
		IntStream.Builder out = IntStream.builder();
		PriorityQueue<Ear> ears = new PriorityQueue<>(Comparator.comparingDouble((Ear e) -> e.quality).reversed());
		int count = 0;
		int forcedCuts = 0;
		int slivers = 0;
		Node n = start;
		do {
			count++;
			offer(ears, n, minHeight);
			n = n.next;
		} while (n != start);
		while (count > 3) {
			Ear e = ears.poll();
			if (e == null) {
				n = refill(ears, n, minHeight);
				if (ears.isEmpty()) {
					forcedCuts++;
					Node f = forced(n);
					n = f.next;
					cut(out, ears, f, minHeight);
					count--;
				}
				continue;
			}
			if (!e.node.removed && e.version == e.node.version) {
				if (e.quality < 0) {
					slivers++;
				}
				n = e.node.next;
				cut(out, ears, e.node, minHeight);
				count--;
			}
		}
		if (orient(n.prev, n, n.next) <= 0 || orient(n.prev, n, n.next) / longestEdge(n) < minHeight) {
			slivers++;
		}
		emit(out, n);
		return new Attempt(out.build().toArray(), forcedCuts, slivers);
	}

	private static void cut(IntStream.Builder out, PriorityQueue<Ear> ears, Node b, double minHeight) {
		emit(out, b);
		b.removed = true;
		b.prev.next = b.next;
		b.next.prev = b.prev;
		b.prev.version++;
		b.next.version++;
		offer(ears, b.prev, minHeight);
		offer(ears, b.next, minHeight);
	}

	/** Queues a corner that is an ear: well-shaped ears first, ears lower than minHeight last. */
	private static void offer(PriorityQueue<Ear> ears, Node b, double minHeight) {
		if (isEar(b, minHeight)) {
			double longest = longestEdge(b);
			double height = orient(b.prev, b, b.next) / longest;
			double shape = height / longest;
			ears.add(new Ear(b, height < minHeight ? shape - 1 : shape, b.version));
		}
	}

	/** @return a node of the ring, after queueing every ear the ring has now (removals can make new ones) */
	private static Node refill(PriorityQueue<Ear> ears, Node start, double minHeight) {
		Node n = start;
		do {
			offer(ears, n, minHeight);
			n = n.next;
		} while (n != start);
		return start;
	}

	/** @return a corner to cut from a ring without ears (it touches itself): a convex one if any */
	private static Node forced(Node start) {
		Node n = start;
		do {
			if (orient(n.prev, n, n.next) >= 0) {
				return n;
			}
			n = n.next;
		} while (n != start);
		return start;
	}

	private static double longestEdge(Node b) {
		Node a = b.prev;
		Node c = b.next;
		return Math.max(Math.hypot(b.x - a.x, b.y - a.y),
				Math.max(Math.hypot(c.x - b.x, c.y - b.y), Math.hypot(a.x - c.x, a.y - c.y)));
	}

	private static void emit(IntStream.Builder out, Node n) {
		out.add(n.prev.id);
		out.add(n.id);
		out.add(n.next.id);
	}

	/**
	 * @return true when b's corner is strictly convex and no other ring vertex lies in its triangle or within
	 *         {@code margin} of it (a vertex at a corner's position, a bridge twin, does not count)
	 */
	private static boolean isEar(Node b, double margin) {
		Node a = b.prev;
		Node c = b.next;
		if (orient(a, b, c) <= 0) {
			return false;
		}
		double minX = Math.min(a.x, Math.min(b.x, c.x)) - margin;
		double maxX = Math.max(a.x, Math.max(b.x, c.x)) + margin;
		double minY = Math.min(a.y, Math.min(b.y, c.y)) - margin;
		double maxY = Math.max(a.y, Math.max(b.y, c.y)) + margin;
		for (Node p = c.next; p != a; p = p.next) {
			if (p.x < minX || p.x > maxX || p.y < minY || p.y > maxY || same(p, a) || same(p, b) || same(p, c)) {
				continue;
			}
			if (inTriangle(a.x, a.y, b.x, b.y, c.x, c.y, p.x, p.y) || segmentDistance(a, b, p) < margin
					|| segmentDistance(b, c, p) < margin || segmentDistance(c, a, p) < margin) {
				return false;
			}
		}
		return true;
	}

	private static double segmentDistance(Node a, Node b, Node p) {
		double dx = b.x - a.x;
		double dy = b.y - a.y;
		double t = Math.clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0, 1);
		return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
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

	/**
	 * One triangulation.
	 *
	 * @param triangles three ids per triangle
	 * @param forced    how many triangles were cut without being ears (0 for a proper triangulation)
	 * @param slivers   how many ears were lower than the float-safe height
	 */
	private record Attempt(int[] triangles, int forced, int slivers) {

		/** @return 0 for a good triangulation; forced cuts weigh more than slivers */
		int defects() {
			return 1000 * forced + slivers;
		}
	}

	/** A queued ear: valid while its node keeps the version it had then. */
	private record Ear(Node node, double quality, int version) {
	}

	/** A ring vertex. */
	private static final class Node {
		private final double x;
		private final double y;
		private final int id;
		private Node prev;
		private Node next;
		private boolean removed;
		private int version;

		private Node(double x, double y, int id) {
			this.x = x;
			this.y = y;
			this.id = id;
		}
	}
}
