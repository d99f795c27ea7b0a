// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.mesh.internal;

/** A vertex of a doubly linked polygon ring in the plane, with the orientation predicates on such vertices. */
final class RingNode {
	final double x;
	final double y;
	final int id;
	RingNode prev;
	RingNode next;
	boolean removed;
	int version;

	RingNode(double x, double y, int id) {
		this.x = x;
		this.y = y;
		this.id = id;
	}

	/**
	 * @param r                a closed ring
	 * @param counterClockwise the orientation wanted (the ring is reversed when its area has the other sign)
	 * @param cos              cosine of the angle the points are turned by
	 * @param sin              sine of that angle
	 * @return the first node of the linked ring
	 */
	static RingNode ring(EarClipper.Ring r, boolean counterClockwise, double cos, double sin) {
		int n = r.ids().length;
		double area = 0;
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			area += r.xy()[2 * i] * r.xy()[2 * j + 1] - r.xy()[2 * j] * r.xy()[2 * i + 1];
		}
		boolean reverse = area > 0 != counterClockwise;
		RingNode first = null;
		RingNode last = null;
		for (int k = 0; k < n; k++) {
			int i = reverse ? n - 1 - k : k;
			double x = r.xy()[2 * i];
			double y = r.xy()[2 * i + 1];
			RingNode node = new RingNode(x * cos - y * sin, x * sin + y * cos, r.ids()[i]);
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

	/** @return true when m lies in the interior wedge of the ring at b */
	static boolean locallyInside(RingNode b, RingNode m) {
		RingNode a = b.prev;
		RingNode c = b.next;
		if (orient(a, b, c) >= 0) {
			return orient(b, c, m) >= 0 && orient(b, m, a) >= 0;
		}
		return !(orient(b, a, m) > 0 && orient(b, m, c) > 0);
	}

	/** @return true when p and q are at the same position (bridge twins) */
	static boolean same(RingNode p, RingNode q) {
		return p.x == q.x && p.y == q.y;
	}

	/** @return true when (px, py) lies in or on the counter-clockwise or clockwise triangle */
	static boolean inTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px,
			double py) {
		double d1 = cross(ax, ay, bx, by, px, py);
		double d2 = cross(bx, by, cx, cy, px, py);
		double d3 = cross(cx, cy, ax, ay, px, py);
		return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
	}

	/** @return twice the signed area of p, q, r: positive when they turn counter-clockwise */
	static double orient(RingNode p, RingNode q, RingNode r) {
		return cross(p.x, p.y, q.x, q.y, r.x, r.y);
	}

	/** @return (q - p) x (r - p) */
	static double cross(double px, double py, double qx, double qy, double rx, double ry) {
		return (qx - px) * (ry - py) - (qy - py) * (rx - px);
	}
}
