// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

import static dev.partforge.mesh.internal.RingNode.inTriangle;
import static dev.partforge.mesh.internal.RingNode.locallyInside;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins inner rings to the outer ring, rightmost first, through bridges along +x (D. Eberly, "Triangulation by Ear
 * Clipping"): a ray from the hole's rightmost vertex M meets the nearest outer edge at I; the edge's endpoint P further
 * along the ray is visible from M unless a vertex of the ring lies in the triangle M, I, P, in which case the one seen
 * from M at the smallest angle to the ray is. The ring then runs P, M, around the hole, M, P, on. Where a position
 * occurs twice (an earlier bridge), the occurrence whose interior wedge faces M is used.
 */
final class HoleBridges {

	private HoleBridges() {
	}

	/**
	 * @param start a node of the counter-clockwise outer ring
	 * @param holes a node of each clockwise inner ring
	 */
	static void join(RingNode start, List<RingNode> holes) {
		List<RingNode> rightmost = new ArrayList<>(holes.stream().map(HoleBridges::rightmost).toList());
		rightmost.sort(Comparator.comparingDouble((RingNode n) -> n.x).reversed());
		for (RingNode m : rightmost) {
			bridge(start, m);
		}
	}

	private static RingNode rightmost(RingNode start) {
		RingNode best = start;
		for (RingNode n = start.next; n != start; n = n.next) {
			if (n.x > best.x || n.x == best.x && n.y < best.y) {
				best = n;
			}
		}
		return best;
	}

	private static void bridge(RingNode start, RingNode m) {
		RingNode p = visible(start, m);
		if (p == null) {
			throw new IllegalArgumentException("an inner loop is not inside its face's outer loop");
		}
		RingNode m2 = new RingNode(m.x, m.y, m.id);
		RingNode p2 = new RingNode(p.x, p.y, p.id);
		RingNode pNext = p.next;
		RingNode mPrev = m.prev;
		p.next = m;
		m.prev = p;
		mPrev.next = m2;
		m2.prev = mPrev;
		m2.next = p2;
		p2.prev = m2;
		p2.next = pNext;
		pNext.prev = p2;
	}

	private static RingNode visible(RingNode start, RingNode m) {
		double best = Double.POSITIVE_INFINITY;
		RingNode edge = null;
		RingNode n = start;
		do {
			RingNode a = n;
			RingNode b = n.next;
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
		RingNode p = edge.next.x > edge.x ? edge.next : edge;
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
	private static RingNode nearerInTriangle(RingNode start, RingNode m, double ix, RingNode p) {
		RingNode best = p;
		double bestTan = Double.POSITIVE_INFINITY;
		double bestDist = Double.POSITIVE_INFINITY;
		RingNode n = start;
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
	private static RingNode facing(RingNode start, RingNode p, RingNode m) {
		if (locallyInside(p, m)) {
			return p;
		}
		RingNode n = start;
		do {
			if (n.x == p.x && n.y == p.y && locallyInside(n, m)) {
				return n;
			}
			n = n.next;
		} while (n != start);
		return p;
	}

}
