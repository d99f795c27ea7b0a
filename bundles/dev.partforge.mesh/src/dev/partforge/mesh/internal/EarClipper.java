// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import static dev.partforge.mesh.internal.RingNode.inTriangle;
import static dev.partforge.mesh.internal.RingNode.orient;
import static dev.partforge.mesh.internal.RingNode.same;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Triangulates a planar polygon with holes by ear clipping.
 *
 * <p>The holes are first joined to the outer ring one by one ({@link HoleBridges}).
 *
 * <p>Ears are then cut off the one ring, best-shaped first (a priority queue on height over longest side): an ear is
 * a strictly convex corner whose triangle holds no other ring vertex and has none within a float-safe margin of it (a
 * vertex at a corner's position, a bridge twin, does not count). Picking well-shaped ears first avoids the long
 * diagonals that greedy clipping draws across a ring face, which graze the inner circle.
 *
 * <p>Parts are axis-aligned with clean numbers, so a ray along x can run exactly along another loop's edge and leave
 * a zero-width sliver; when a triangulation needs a sliver or a forced cut, it is redone with the ray turned by a few
 * odd angles and the attempt with the fewest defects is kept; slivers it still has are removed by Lawson flips
 * ({@link SliverFlips}).
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
	 * @param outer     the outer boundary (either orientation)
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
		int[] triangles = best.triangles();
		SliverFlips.flip(triangles, Stream.concat(Stream.of(outer), holes.stream()).toList());
		return triangles;
	}

	private static Attempt attempt(Ring outer, List<Ring> holes, double minHeight, double angle) {
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		RingNode start = RingNode.ring(outer, true, cos, sin);
		HoleBridges.join(start, holes.stream().map(h -> RingNode.ring(h, false, cos, sin)).toList());
		return clip(start, minHeight);
	}

	private static Attempt clip(RingNode start, double minHeight) {
		IntStream.Builder out = IntStream.builder();
		PriorityQueue<Ear> ears = new PriorityQueue<>(Comparator.comparingDouble((Ear e) -> e.quality).reversed());
		int count = 0;
		int forcedCuts = 0;
		int slivers = 0;
		RingNode n = start;
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
					RingNode f = forced(n);
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

	private static void cut(IntStream.Builder out, PriorityQueue<Ear> ears, RingNode b, double minHeight) {
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
	private static void offer(PriorityQueue<Ear> ears, RingNode b, double minHeight) {
		if (isEar(b, minHeight)) {
			double longest = longestEdge(b);
			double height = orient(b.prev, b, b.next) / longest;
			double shape = height / longest;
			ears.add(new Ear(b, height < minHeight ? shape - 1 : shape, b.version));
		}
	}

	/** @return a node of the ring, after queueing every ear the ring has now (removals can make new ones) */
	private static RingNode refill(PriorityQueue<Ear> ears, RingNode start, double minHeight) {
		RingNode n = start;
		do {
			offer(ears, n, minHeight);
			n = n.next;
		} while (n != start);
		return start;
	}

	/** @return a corner to cut from a ring without ears (it touches itself): a convex one if any */
	private static RingNode forced(RingNode start) {
		RingNode n = start;
		do {
			if (orient(n.prev, n, n.next) >= 0) {
				return n;
			}
			n = n.next;
		} while (n != start);
		return start;
	}

	private static double longestEdge(RingNode b) {
		RingNode a = b.prev;
		RingNode c = b.next;
		return Math.max(Math.hypot(b.x - a.x, b.y - a.y),
				Math.max(Math.hypot(c.x - b.x, c.y - b.y), Math.hypot(a.x - c.x, a.y - c.y)));
	}

	private static void emit(IntStream.Builder out, RingNode n) {
		out.add(n.prev.id);
		out.add(n.id);
		out.add(n.next.id);
	}

	/**
	 * @return true when b's corner is strictly convex and no other ring vertex lies in its triangle or within
	 *         {@code margin} of it (a vertex at a corner's position, a bridge twin, does not count)
	 */
	private static boolean isEar(RingNode b, double margin) {
		RingNode a = b.prev;
		RingNode c = b.next;
		if (orient(a, b, c) <= 0) {
			return false;
		}
		double minX = Math.min(a.x, Math.min(b.x, c.x)) - margin;
		double maxX = Math.max(a.x, Math.max(b.x, c.x)) + margin;
		double minY = Math.min(a.y, Math.min(b.y, c.y)) - margin;
		double maxY = Math.max(a.y, Math.max(b.y, c.y)) + margin;
		for (RingNode p = c.next; p != a; p = p.next) {
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

	private static double segmentDistance(RingNode a, RingNode b, RingNode p) {
		double dx = b.x - a.x;
		double dy = b.y - a.y;
		double t = Math.clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0, 1);
		return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
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
	private record Ear(RingNode node, double quality, int version) {
	}

}
