// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Circle;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;

/**
 * Exact visible/hidden edges of a solid in one principal view (see docs/geometry.md "Views and hidden
 * lines"). Projected curves: every edge that is not a tangent edge (its two faces have the same
 * normal along it: fillet-to-flat junctions and cylinder seams are not drawn) and the silhouette
 * generators of cylinders and cones whose axis lies across the view. Each projected curve is split
 * at its intersections and overlaps with every other; one interior point of each piece is tested by
 * a ray towards the viewer against the exact faces. Pieces covered by a visible piece are dropped
 * (a visible line hides a coincident hidden one), duplicates are dropped, runs are merged.
 */
public final class HiddenLines {
	private final ViewKind view;
	private final Section section;
	private final List<FaceProbe> probes = new ArrayList<>();
	private final List<Source> sources = new ArrayList<>();

	/**
	 * A projected piece of an edge or silhouette.
	 *
	 * @param curve   the curve in view coordinates (model millimetres along right and up)
	 * @param visible true when seen, false when hidden
	 */
	public record Piece(Curve2 curve, boolean visible) {
	}

	private record Source(Curve2 curve, DoubleFunction<Vec3> point3) {
	}

	private HiddenLines(ViewKind view, Section section) {
		this.view = view;
		this.section = section;
	}

	/**
	 * @param solid the part (millimetres)
	 * @param view  the view
	 * @return the visible and hidden pieces, each drawn once
	 */
	public static List<Piece> of(Solid solid, ViewKind view) {
		HiddenLines lines = new HiddenLines(view, null);
		lines.collect(solid);
		return lines.resolve();
	}

	/**
	 * The edges of a section view: the material in front of the section plane is gone, the outline of the cut faces is
	 * drawn, and of the edges behind the plane only the visible ones (a section repeats no hidden line, ISO 128-50).
	 *
	 * @param solid   the part (millimetres)
	 * @param section the section, seen in its view
	 * @return the visible pieces
	 */
	public static List<Piece> of(Solid solid, Section section) {
		HiddenLines lines = new HiddenLines(section.view(), section);
		lines.collect(solid);
		for (Curve2 c : section.outline()) {
			lines.sources.add(new Source(c, q -> {
				double[] p = c.at(q);
				return section.point3(p[0], p[1]);
			}));
		}
		return lines.resolve();
	}

	/** Projects every drawn edge and every silhouette of the solid into the view. */
	private void collect(Solid solid) {
		DrawnEdges drawn = DrawnEdges.of(solid);
		probes.addAll(drawn.probes());
		for (Edge e : drawn.edges()) {
			project(e);
		}
		for (FaceProbe p : probes) {
			silhouettes(p);
		}
	}

	private Point2 to2(Vec3 p) {
		return Point2.in(view, p);
	}

	/** @return true for a tangent edge (its two faces have the same normal along it), which is not drawn */
	static boolean tangent(Edge e, List<FaceProbe> fs) {
		if (fs.size() != 2) {
			return false;
		}
		Vec3 m = e.pointAt(0.5);
		return fs.get(0).normal(m).dot(fs.get(1).normal(m)) > 1 - Tolerance.DIRECTION;
	}

	private void project(Edge e) {
		if (!(e.curve() instanceof Circle c)) {
			Vec3 a = e.start().point();
			Vec3 b = e.end().point();
			addLine(a, b);
			return;
		}
		Vec3 z = c.frame().zAxis();
		double along = z.dot(view.forward());
		if (Math.abs(Math.abs(along) - 1) < Tolerance.DIRECTION) {
			Point2 ctr = to2(c.frame().origin());
			Point2 s = to2(e.start().point());
			Point2 t = to2(e.end().point());
			double sa = Math.atan2(s.y() - ctr.y(), s.x() - ctr.x());
			double ta = Math.atan2(t.y() - ctr.y(), t.x() - ctr.x());
			double ext = e.extent();
			boolean ccw = along < 0;
			Curve2.Arc arc = new Curve2.Arc(ctr.x(), ctr.y(), c.radius(), ccw ? sa : ta, ext);
			Vec3 o = c.frame().origin();
			double r = c.radius();
			sources.add(new Source(arc, q -> {
				double ang = arc.a0() + q * arc.sweep();
				return o.plus(view.right().times(r * Math.cos(ang))).plus(view.up().times(r * Math.sin(ang)));
			}));
		} else if (Math.abs(along) < Tolerance.DIRECTION) {
			edgeOn(e, c);
		} else {
			throw new IllegalStateException("circle edge oblique to the " + view + " view: solids must be axis-aligned");
		}
	}

	/** A circle seen edge-on projects to a segment; split it where the projection turns back. */
	private void edgeOn(Edge e, Circle c) {
		Vec3 n = c.frame().zAxis();
		Vec3 l = view.forward().cross(n).normalized();
		double ax = c.frame().xAxis().dot(l);
		double ay = c.frame().yAxis().dot(l);
		double phi = Math.atan2(ay, ax);
		double start = e.startAngle();
		double end = start + e.extent();
		List<Double> cuts = new ArrayList<>();
		cuts.add(start);
		for (int k = (int) Math.floor((start - phi) / Math.PI) + 1; phi + k * Math.PI < end - Tolerance.END_ANGLE; k++) {
			cuts.add(phi + k * Math.PI);
		}
		cuts.add(end);
		for (int i = 0; i + 1 < cuts.size(); i++) {
			double t0 = cuts.get(i);
			double t1 = cuts.get(i + 1);
			Vec3 a = c.point(t0);
			Vec3 b = c.point(t1);
			Point2 a2 = to2(a);
			Point2 b2 = to2(b);
			if (Math.hypot(b2.x() - a2.x(), b2.y() - a2.y()) < Tolerance.POINT) {
				continue;
			}
			Curve2.Seg seg = new Curve2.Seg(a2.x(), a2.y(), b2.x(), b2.y());
			sources.add(new Source(seg, q -> onEdgeOn(c, l, t0, t1, q)));
		}
	}

	/** The 3D point of a monotone edge-on arc piece whose projection is at fraction q of its segment. */
	private static Vec3 onEdgeOn(Circle c, Vec3 l, double t0, double t1, double q) {
		Vec3 o = c.frame().origin();
		double s0 = c.point(t0).minus(o).dot(l);
		double s1 = c.point(t1).minus(o).dot(l);
		double s = s0 + q * (s1 - s0);
		double ax = c.frame().xAxis().dot(l);
		double ay = c.frame().yAxis().dot(l);
		double phi = Math.atan2(ay, ax);
		double rho = c.radius() * Math.hypot(ax, ay);
		double base = Math.acos(Math.clamp(s / rho, -1, 1));
		double mid = (t0 + t1) / 2 - phi;
		mid -= 2 * Math.PI * Math.floor(mid / (2 * Math.PI));
		double delta = mid <= Math.PI ? base : 2 * Math.PI - base;
		return c.point(phi + delta);
	}

	private void addLine(Vec3 a, Vec3 b) {
		Point2 a2 = to2(a);
		Point2 b2 = to2(b);
		if (Math.hypot(b2.x() - a2.x(), b2.y() - a2.y()) < Tolerance.POINT) {
			return;
		}
		sources.add(new Source(new Curve2.Seg(a2.x(), a2.y(), b2.x(), b2.y()), q -> a.plus(b.minus(a).times(q))));
	}

	private void silhouettes(FaceProbe p) {
		if (!p.curved()) {
			return;
		}
		var fr = p.face().surface().frame();
		Vec3 axis = fr.zAxis();
		if (Math.abs(axis.dot(view.forward())) > Tolerance.DIRECTION) {
			if (Math.abs(Math.abs(axis.dot(view.forward())) - 1) < Tolerance.DIRECTION) {
				return;
			}
			throw new IllegalStateException("curved face oblique to the " + view + " view: solids must be axis-aligned");
		}
		Vec3 s = axis.cross(view.forward()).normalized();
		double[] h = p.heights();
		for (Vec3 dir : new Vec3[] { s, s.negate() }) {
			double ang = Math.atan2(dir.dot(fr.yAxis()), dir.dot(fr.xAxis()));
			if (p.inAngle(ang)) {
				Vec3 a = fr.origin().plus(axis.times(h[0])).plus(dir.times(p.radiusAt(h[0])));
				Vec3 b = fr.origin().plus(axis.times(h[1])).plus(dir.times(p.radiusAt(h[1])));
				addLine(a, b);
			}
		}
	}

	private List<Piece> resolve() {
		List<List<Piece>> perSource = new ArrayList<>();
		List<Piece> visible = new ArrayList<>();
		Vec3 toViewer = view.forward().negate();
		for (Source s : sources) {
			List<Double> ts = new ArrayList<>(List.of(0.0, 1.0));
			for (Source o : sources) {
				if (o != s) {
					Curve2.cuts(s.curve(), o.curve(), ts);
				}
			}
			ts.sort(null);
			List<Piece> pieces = new ArrayList<>();
			double len = s.curve().length();
			for (int i = 0; i + 1 < ts.size(); i++) {
				double t0 = ts.get(i);
				double t1 = ts.get(i + 1);
				if ((t1 - t0) * len < Tolerance.PIECE) {
					continue;
				}
				Vec3 m = s.point3().apply((t0 + t1) / 2);
				double behind = section == null ? Double.POSITIVE_INFINITY : m.dot(view.forward()) - section.depth();
				if (behind < -Tolerance.ON_FACE) {
					continue; // cut away
				}
				double[] m2 = s.curve().at((t0 + t1) / 2);
				boolean seen = section == null || behind <= Tolerance.ON_FACE || !section.covers(m2[0], m2[1]);
				for (FaceProbe f : probes) {
					if (!seen) {
						break;
					}
					if (behind > Tolerance.ON_FACE && f.hits(m, toViewer, Tolerance.RAY_START, behind - Tolerance.RAY_START)) {
						seen = false;
						break;
					}
				}
				if (!seen && section != null) {
					continue; // no hidden lines in a section
				}
				Piece pc = new Piece(s.curve().sub(t0, t1), seen);
				pieces.add(pc);
				if (seen) {
					visible.add(pc);
				}
			}
			perSource.add(pieces);
		}
		return keep(perSource, visible);
	}

	private static List<Piece> keep(List<List<Piece>> perSource, List<Piece> visible) {
		List<Piece> out = new ArrayList<>();
		List<Piece> keptVisible = new ArrayList<>();
		List<Piece> keptHidden = new ArrayList<>();
		for (List<Piece> pieces : perSource) {
			Piece run = null;
			for (Piece p : pieces) {
				double[] m = p.curve().at(0.5);
				boolean drop = p.visible() ? covered(keptVisible, m) : covered(visible, m) || covered(keptHidden, m);
				if (drop) {
					keep(run, out, keptVisible, keptHidden);
					run = null;
					continue;
				}
				if (run != null && run.visible() == p.visible() && joins(run.curve(), p.curve())) {
					run = new Piece(merge(run.curve(), p.curve()), p.visible());
				} else {
					keep(run, out, keptVisible, keptHidden);
					run = p;
				}
			}
			keep(run, out, keptVisible, keptHidden);
		}
		return joinCollinear(out);
	}

	/**
	 * Joins segments of equal visibility that continue each other on one line (pieces of different
	 * edges, e.g. a pocket floor's straight edge and its corner arcs seen edge-on), so that one
	 * drawn line is one entity.
	 */
	private static List<Piece> joinCollinear(List<Piece> in) {
		List<Piece> out = new ArrayList<>(in);
		boolean merged = true;
		while (merged) {
			merged = false;
			outer: for (int i = 0; i < out.size(); i++) {
				for (int j = i + 1; j < out.size(); j++) {
					if (out.get(j).visible() == out.get(i).visible()) {
						Curve2 m = continuation(out.get(i).curve(), out.get(j).curve());
						if (m != null) {
							out.set(i, new Piece(m, out.get(i).visible()));
							out.remove(j);
							merged = true;
							break outer;
						}
					}
				}
			}
		}
		return out;
	}

	private static Curve2 continuation(Curve2 x, Curve2 y) {
		if (x instanceof Curve2.Seg a && y instanceof Curve2.Seg b) {
			return continuation(a, b);
		}
		if (x instanceof Curve2.Arc a && y instanceof Curve2.Arc b
				&& Math.hypot(a.cx() - b.cx(), a.cy() - b.cy()) < Tolerance.POINT && Math.abs(a.r() - b.r()) < Tolerance.POINT) {
			if (Math.abs(Math.IEEEremainder(a.a0() + a.sweep() - b.a0(), 2 * Math.PI)) < Tolerance.ANGLE) {
				return new Curve2.Arc(a.cx(), a.cy(), a.r(), a.a0(), Math.min(2 * Math.PI, a.sweep() + b.sweep()));
			}
			if (Math.abs(Math.IEEEremainder(b.a0() + b.sweep() - a.a0(), 2 * Math.PI)) < Tolerance.ANGLE) {
				return new Curve2.Arc(a.cx(), a.cy(), a.r(), b.a0(), Math.min(2 * Math.PI, a.sweep() + b.sweep()));
			}
		}
		return null;
	}

	private static Curve2.Seg continuation(Curve2.Seg a, Curve2.Seg b) {
		double dx = a.x2() - a.x1();
		double dy = a.y2() - a.y1();
		double l = Math.hypot(dx, dy);
		for (double[] p : new double[][] { { b.x1(), b.y1() }, { b.x2(), b.y2() } }) {
			if (Math.abs((p[0] - a.x1()) * dy - (p[1] - a.y1()) * dx) / l > Tolerance.ON_LINE) {
				return null;
			}
		}
		double tb1 = a.param(b.x1(), b.y1());
		double tb2 = a.param(b.x2(), b.y2());
		double lo = Math.min(tb1, tb2);
		double hi = Math.max(tb1, tb2);
		if (lo > 1 + Tolerance.PARAMETER || hi < -Tolerance.PARAMETER) {
			return null;
		}
		double[] s = a.at(Math.min(0, lo));
		double[] e = a.at(Math.max(1, hi));
		return new Curve2.Seg(s[0], s[1], e[0], e[1]);
	}

	/** Adds a finished run (if any) to the output and to the kept pieces of its visibility. */
	private static void keep(Piece run, List<Piece> out, List<Piece> keptVisible, List<Piece> keptHidden) {
		if (run != null) {
			out.add(run);
			(run.visible() ? keptVisible : keptHidden).add(run);
		}
	}

	private static boolean covered(List<Piece> ps, double[] m) {
		for (Piece q : ps) {
			if (q.curve().distance(m[0], m[1]) < Tolerance.COVERED) {
				return true;
			}
		}
		return false;
	}

	private static boolean joins(Curve2 a, Curve2 b) {
		double[] e = a.at(1);
		double[] s = b.at(0);
		return Math.hypot(e[0] - s[0], e[1] - s[1]) < Tolerance.POINT;
	}

	/** Merges two pieces of one source curve that {@link #joins join}: the same kind of curve. */
	private static Curve2 merge(Curve2 a, Curve2 b) {
		if (a instanceof Curve2.Seg s && b instanceof Curve2.Seg t) {
			return new Curve2.Seg(s.x1(), s.y1(), t.x2(), t.y2());
		}
		if (a instanceof Curve2.Arc c && b instanceof Curve2.Arc d) {
			return new Curve2.Arc(c.cx(), c.cy(), c.r(), c.a0(), c.sweep() + d.sweep());
		}
		throw new IllegalArgumentException("pieces of one curve are of different kinds: " + a + ", " + b);
	}
}
