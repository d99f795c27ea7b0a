// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.HashMap;

/** Operations on drawing entities. */
public final class Entities {

	private Entities() {
	}

	/**
	 * @param e  an entity
	 * @param dx offset in x (sheet millimetres)
	 * @param dy offset in y
	 * @return the same entity moved by (dx, dy)
	 */
	public static Entity translate(Entity e, double dx, double dy) {
		return switch (e) {
		case Entity.Line l -> new Entity.Line(l.layer(), l.x1() + dx, l.y1() + dy, l.x2() + dx, l.y2() + dy);
		case Entity.Arc a -> new Entity.Arc(a.layer(), a.cx() + dx, a.cy() + dy, a.r(), a.startDeg(), a.sweepDeg());
		case Entity.Polygon p -> {
			double[] q = p.points().clone();
			for (int i = 0; i < q.length; i += 2) {
				q[i] += dx;
				q[i + 1] += dy;
			}
			yield new Entity.Polygon(p.layer(), q);
		}
		case Entity.Hatch h -> new Entity.Hatch(h.layer(), h.loops().stream().map(l -> {
			double[] q = l.clone();
			for (int i = 0; i < q.length; i += 3) {
				q[i] += dx;
				q[i + 1] += dy;
			}
			return q;
		}).toList(), h.angleDeg(), h.spacing(), h.lines().stream().map(l -> new double[] { l[0] + dx, l[1] + dy, l[2] + dx, l[3] + dy }).toList());
		case Entity.Text t -> new Entity.Text(t.layer(), t.x() + dx, t.y() + dy, t.height(), t.angleDeg(), t.align(), t.text());
		case Entity.Dimension d -> new Entity.Dimension(d.kind(), d.param(), d.value(), d.text(), move(d.p1(), dx, dy), move(d.p2(), dx, dy),
				move(d.line(), dx, dy), d.angleDeg(), new HashMap<>(d.extras()),
				d.graphics().stream().map(g -> translate(g, dx, dy)).toList());
		};
	}

	private static double[] move(double[] p, double dx, double dy) {
		return new double[] { p[0] + dx, p[1] + dy };
	}
}
