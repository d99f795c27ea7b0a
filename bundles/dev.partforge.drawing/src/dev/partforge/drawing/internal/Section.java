// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import dev.partforge.drawing.Scale;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.CylindricalSurface;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;
import dev.partforge.recipes.Boss;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.internal.FeatureShapes;
import dev.partforge.recipes.internal.StockShape;

/**
 * A full section (ISO 128-50) of the part by a plane across one principal view's direction, seen in that view: the
 * material in front of the plane is taken away. The outline is the exact intersection of the plane with the B-rep
 * (lines of planes, lines of cylinders and cones cut through their axes, circles of those cut across their axes),
 * joined into closed loops that bound the cut faces. See docs/geometry.md "Section views".
 *
 * @param view    the view that shows the section (its {@link ViewKind#forward()} is the plane's normal)
 * @param depth   the plane's position along the view direction (model millimetres)
 * @param outline the outline curves in view coordinates, each once
 * @param loops   the outline joined into closed loops: vertices with bulges (see {@link #loops(List)})
 */
public record Section(ViewKind view, double depth, List<Curve2> outline, List<double[]> loops) {
	/** Two outline ends closer than this are one point (model millimetres; recipes are far coarser). */
	private static final double JOIN = 1e-5;
	/**
	 * Chord tolerance of a cone cut off its axis (a hyperbola drawn as chords) when the scale is not known: the isometric
	 * view's 0.01 mm on paper at the largest ISO 5455 scale.
	 */
	static final double FINEST_CHORD = Isometric.CHORD / Scale.ISO_5455.getFirst().factor();
	/** How often a hyperbola's chord is halved at most. */
	private static final int MAX_HALVINGS = 40;

	/** Copies the lists. */
	public Section {
		outline = List.copyOf(outline);
		loops = List.copyOf(loops);
	}

	/**
	 * The section a part needs. Features that hide their shape (counterbores, blind holes and pockets) in any face are
	 * cut through their axes: each instance offers the planes through its axis parallel to the front view and to the
	 * side view (ISO 128-50 full sections), and the plane containing the most instance axes is taken, the front view's
	 * before the side view's on a tie, then the first feature's. A plane parallel to the top view (through the axes of
	 * features in side faces) is taken only when no front or side plane gives a clean cut, since the top view carries
	 * most of the dimensions. A plane that would take away the whole of a feature dimensioned in the view it replaces is
	 * not taken either. The view the plane is parallel to shows the section.
	 *
	 * @param mm    the recipe in millimetres
	 * @param solid its solid
	 * @param side  the principal side view drawn ({@link ViewKind#LEFT} or {@link ViewKind#RIGHT})
	 * @return the section, or null when the part has no such feature or no plane through their axes cuts cleanly
	 */
	public static Section choose(Recipe mm, Solid solid, ViewKind side) {
		StockShape shape = new StockShape(mm.stock());
		List<ViewKind> order = List.of(ViewKind.FRONT, side, ViewKind.TOP);
		Map<Candidate, Integer> count = new LinkedHashMap<>();
		for (Feature f : mm.features()) {
			if (!internal(f)) {
				continue;
			}
			Frame host = shape.frame(f.face());
			for (double[] uv : f.pattern().instances(f.u(), f.v())) {
				Vec3 centre = host.point(uv[0], uv[1], 0);
				for (ViewKind v : order) {
					if (Math.abs(v.forward().dot(host.zAxis())) < Tolerance.DIRECTION) {
						count.merge(new Candidate(v, Math.round(v.forward().dot(centre) * 1e6)), 1, Integer::sum);
					}
				}
			}
		}
		// the top view's planes last, then the most axes first, the front view's before the side view's on a tie (a
		// stable sort keeps the first feature's first); a plane that would run along a face of the part (a slot's wall, a
		// hole's side) does not give a section and the next is taken
		List<Candidate> planes = new ArrayList<>(count.keySet());
		planes.sort(Comparator.comparing((Candidate q) -> q.view() == ViewKind.TOP).thenComparing(q -> -count.get(q))
				.thenComparing(q -> order.indexOf(q.view())));
		for (Candidate q : planes) {
			if (clean(solid, q.view(), q.depth()) && !cutsAway(mm, shape, q.view(), q.depth())) {
				return of(solid, q.view(), q.depth());
			}
		}
		return null;
	}

	/**
	 * @return true when the plane would take away the whole of a feature that is dimensioned in the view it replaces (a
	 *         feature in a face that view looks at, a boss's height in the front view): its dimensions would point at
	 *         nothing
	 */
	private static boolean cutsAway(Recipe mm, StockShape shape, ViewKind view, double depth) {
		Vec3 fwd = view.forward();
		for (Feature f : mm.features()) {
			Frame host = shape.frame(f.face());
			if (ViewKind.facing(host.zAxis()) != view && !(f instanceof Boss && view == ViewKind.FRONT)) {
				continue;
			}
			double[] half = FeatureShapes.halfSize(f);
			double[] w = FeatureShapes.wRange(f, shape.throughThickness(f.face()));
			for (double[] uv : f.pattern().instances(f.u(), f.v())) {
				double far = -Double.MAX_VALUE;
				for (int corner = 0; corner < 8; corner++) {
					Vec3 p = host.point(uv[0] + ((corner & 1) == 0 ? -half[0] : half[0]), uv[1] + ((corner & 2) == 0 ? -half[1] : half[1]),
							w[corner >> 2]);
					far = Math.max(far, fwd.dot(p));
				}
				if (far <= depth + JOIN) {
					return true;
				}
			}
		}
		return false;
	}

	/** A candidate plane: the view it is parallel to and its depth along that view's direction in micrometres. */
	private record Candidate(ViewKind view, long micro) {
		double depth() {
			return micro / 1e6;
		}
	}

	/**
	 * @return the view the cutting-plane line is drawn in, where the plane is seen edge-on: the top view for a section
	 *         in place of the front view, else the front view
	 */
	public ViewKind parent() {
		return view == ViewKind.FRONT ? ViewKind.TOP : ViewKind.FRONT;
	}

	/**
	 * @return true when no face of the solid lies in the plane or touches it along a line (a face parallel to the plane
	 *         in it, a cylinder tangent to it), so that the plane cuts the solid in closed loops
	 */
	static boolean clean(Solid solid, ViewKind view, double depth) {
		Vec3 fwd = view.forward();
		for (Face f : solid.shell().faces()) {
			Frame fr = f.surface().frame();
			double along = fr.zAxis().dot(fwd);
			double e = depth - fwd.dot(fr.origin());
			switch (f.surface()) {
			case Plane p -> {
				if (Math.abs(Math.abs(along) - 1) < Tolerance.DIRECTION && Math.abs(e) < JOIN) {
					return false;
				}
			}
			case CylindricalSurface c -> {
				if (Math.abs(along) < Tolerance.DIRECTION && Math.abs(Math.abs(e) - c.radius()) < JOIN) {
					return false;
				}
			}
			case ConicalSurface c -> {
				// a cone meets the plane in a hyperbola or two lines, never along one line only
			}
			}
		}
		return true;
	}

	/** @return true for a feature whose shape a view shows only in hidden lines */
	static boolean internal(Feature f) {
		return switch (f) {
		case Counterbore c -> true;
		case Hole h -> !h.through();
		case Pocket p -> true;
		default -> false;
		};
	}

	/**
	 * @param solid the part
	 * @param view  the view showing the section
	 * @param depth the plane's position along the view direction
	 * @return the section, a cone cut off its axis drawn within {@link #FINEST_CHORD}
	 * @throws IllegalStateException when the outline does not close
	 */
	public static Section of(Solid solid, ViewKind view, double depth) {
		return of(solid, view, depth, FINEST_CHORD);
	}

	/**
	 * @param solid the part
	 * @param view  the view showing the section
	 * @param depth the plane's position along the view direction
	 * @param chord how far the chords of a cone cut off its axis (a hyperbola) may leave it (model millimetres:
	 *              {@link Isometric#CHORD} divided by the scale keeps them within 0.01 mm on paper)
	 * @return the section
	 * @throws IllegalStateException when the outline does not close
	 */
	public static Section of(Solid solid, ViewKind view, double depth, double chord) {
		List<Curve2> curves = new ArrayList<>();
		for (Face f : solid.shell().faces()) {
			cut(new FaceProbe(f), view, depth, chord, curves);
		}
		return new Section(view, depth, curves, loops(curves));
	}

	/**
	 * @param x a point in view coordinates
	 * @param y a point in view coordinates
	 * @return true when the point lies on a cut face (inside the outline, parity over every loop)
	 */
	boolean inside(double x, double y) {
		int n = 0;
		for (Curve2 c : outline) {
			n += FaceProbe.crossings(c, x, y);
		}
		return (n & 1) == 1;
	}

	/**
	 * @param x a point in view coordinates
	 * @param y a point in view coordinates
	 * @return true when the point lies on a cut face and not on its outline: what lies behind it is hidden by the cut
	 *         face
	 */
	boolean covers(double x, double y) {
		for (Curve2 c : outline) {
			if (c.distance(x, y) < Tolerance.ON_FACE) {
				return false;
			}
		}
		return inside(x, y);
	}

	/** @return the 3D point of a point of the plane given in view coordinates */
	Vec3 point3(double x, double y) {
		return view.right().times(x).plus(view.up().times(y)).plus(view.forward().times(depth));
	}

	private static void cut(FaceProbe p, ViewKind view, double depth, double chord, List<Curve2> out) {
		Face face = p.face();
		Frame fr = face.surface().frame();
		Vec3 fwd = view.forward();
		double along = fr.zAxis().dot(fwd);
		switch (face.surface()) {
		case Plane pl -> {
			if (Math.abs(Math.abs(along) - 1) < Tolerance.DIRECTION) {
				return; // parallel to the plane
			}
			planar(p, fr, fwd, depth, out, view);
		}
		case CylindricalSurface c -> curved(p, fr, fwd, along, depth, chord, out, view);
		case ConicalSurface c -> curved(p, fr, fwd, along, depth, chord, out, view);
		}
	}

	/** A plane across the section plane: the chords of its intersection line inside the face. */
	private static void planar(FaceProbe p, Frame fr, Vec3 fwd, double depth, List<Curve2> out, ViewKind view) {
		Vec3 dir = fr.zAxis().cross(fwd).normalized();
		// from the face's origin along the face towards the plane (a chamfer's face is oblique to it)
		Vec3 w = fwd.minus(fr.zAxis().times(fr.zAxis().dot(fwd)));
		Vec3 base = fr.origin().plus(w.times((depth - fwd.dot(fr.origin())) / fwd.dot(w)));
		Vec3 b = fr.local(base);
		double dx = dir.dot(fr.xAxis());
		double dy = dir.dot(fr.yAxis());
		double reach = 1;
		for (Curve2 c : p.boundary()) {
			double[] s = c.at(0);
			reach = Math.max(reach, Math.hypot(s[0] - b.x(), s[1] - b.y()) + c.length());
		}
		Curve2.Seg line = new Curve2.Seg(b.x() - dx * reach, b.y() - dy * reach, b.x() + dx * reach, b.y() + dy * reach);
		for (double[] span : Curve2.insideSpans(line, p.boundary(), p::insidePlanar)) {
			chord(line, span[0], span[1], fr, view, out);
		}
	}

	private static void chord(Curve2.Seg line, double from, double to, Frame fr, ViewKind view, List<Curve2> out) {
		double[] a = line.at(from);
		double[] b = line.at(to);
		Point2 a2 = Point2.in(view, fr.point(a[0], a[1], 0));
		Point2 b2 = Point2.in(view, fr.point(b[0], b[1], 0));
		add(new Curve2.Seg(a2.x(), a2.y(), b2.x(), b2.y()), out);
	}

	/** A cylinder or cone: a circle when cut across its axis, lines (a cone off its axis: a hyperbola) along it. */
	private static void curved(FaceProbe p, Frame fr, Vec3 fwd, double along, double depth, double chord, List<Curve2> out,
			ViewKind view) {
		double[] h = p.heights();
		double[] ang = p.angles();
		double e = depth - fwd.dot(fr.origin());
		if (Math.abs(Math.abs(along) - 1) < Tolerance.DIRECTION) {
			double h0 = e * Math.signum(along);
			if (h0 <= h[0] + Tolerance.POINT || h0 >= h[1] - Tolerance.POINT) {
				return; // not cut, or cut at an end edge (which is then an edge in the plane, drawn as such)
			}
			double r = p.radiusAt(h0);
			Point2 c = Point2.in(view, fr.origin().plus(fr.zAxis().times(h0)));
			double a0 = ang[0] - ang[1];
			double a1 = ang[0] + ang[1];
			Point2 s = Point2.in(view, fr.point(r * Math.cos(a0), r * Math.sin(a0), h0));
			Point2 t = Point2.in(view, fr.point(r * Math.cos(a1), r * Math.sin(a1), h0));
			boolean ccw = along < 0; // the frame's counter-clockwise sense as seen by the viewer
			Point2 start = ccw ? s : t;
			add(new Curve2.Arc(c.x(), c.y(), r, Math.atan2(start.y() - c.y(), start.x() - c.x()), Math.min(2 * Math.PI, 2 * ang[1])),
					out);
			return;
		}
		if (Math.abs(along) > Tolerance.DIRECTION) {
			throw new IllegalStateException("a curved face oblique to the " + view + " view: solids must be axis-aligned");
		}
		double phi = Math.atan2(fwd.dot(fr.yAxis()), fwd.dot(fr.xAxis()));
		double k = p.radiusAt(1) - p.radiusAt(0);
		double lo = h[0];
		double hi = h[1];
		if (Math.abs(k) > 0 && Math.abs(e) > Tolerance.POINT) {
			// r(h) >= |e| where the plane meets the cone
			double apex = (Math.abs(e) - p.radiusAt(0)) / k;
			if (k > 0) {
				lo = Math.max(lo, apex);
			} else {
				hi = Math.min(hi, apex);
			}
		}
		if (hi - lo < Tolerance.POINT) {
			return;
		}
		boolean hyperbola = Math.abs(k) > 0 && Math.abs(e) > Tolerance.POINT;
		for (int side : new int[] { -1, 1 }) {
			Point2 prev = null;
			for (double hh : hyperbola ? hyperbola(p, fr, view, phi, e, side, lo, hi, chord) : new double[] { lo, hi }) {
				double r = p.radiusAt(hh);
				double cos = Math.clamp(e / r, -1, 1);
				if (r <= 0 || Math.abs(e) >= r && !hyperbola) {
					prev = null;
					continue;
				}
				double a = phi + side * Math.acos(cos);
				if (!p.inAngle(a)) {
					prev = null;
					continue;
				}
				Point2 q = Point2.in(view, fr.point(r * Math.cos(a), r * Math.sin(a), hh));
				if (prev != null) {
					add(new Curve2.Seg(prev.x(), prev.y(), q.x(), q.y()), out);
				}
				prev = q;
			}
		}
	}

	/**
	 * The heights of the vertices of one branch of a cone cut off its axis, from lo to hi, so that no chord leaves the
	 * hyperbola by more than the chord tolerance. With r = |e| cosh u (h = (r - r(0)) / k) the branch is an affine image
	 * of (sinh u, cosh u), whose tangent at the middle parameter of a chord is parallel to it: the distance of that point
	 * from the chord is the chord's largest deviation, and a chord is halved in u until it is small enough.
	 */
	private static double[] hyperbola(FaceProbe p, Frame fr, ViewKind view, double phi, double e, int side, double lo, double hi,
			double chord) {
		double r0 = p.radiusAt(0);
		double k = p.radiusAt(1) - r0;
		double ae = Math.abs(e);
		double u0 = acosh(Math.max(1, p.radiusAt(lo) / ae));
		double u1 = acosh(Math.max(1, p.radiusAt(hi) / ae));
		DoubleFunction<Point2> at = u -> {
			double r = ae * Math.cosh(u);
			double a = phi + side * Math.acos(Math.clamp(e / r, -1, 1));
			return Point2.in(view, fr.point(r * Math.cos(a), r * Math.sin(a), (r - r0) / k));
		};
		List<Double> us = new ArrayList<>(List.of(u0));
		halve(u0, at.apply(u0), u1, at.apply(u1), at, chord, 0, us);
		double[] hs = new double[us.size()];
		for (int i = 0; i < hs.length; i++) {
			hs[i] = (ae * Math.cosh(us.get(i)) - r0) / k;
		}
		hs[0] = lo; // the ends exactly
		hs[hs.length - 1] = hi;
		return hs;
	}

	private static void halve(double ua, Point2 a, double ub, Point2 b, DoubleFunction<Point2> at, double chord, int depth,
			List<Double> out) {
		double um = (ua + ub) / 2;
		Point2 m = at.apply(um);
		double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
		double dev = len == 0 ? 0 : Math.abs((b.x() - a.x()) * (m.y() - a.y()) - (b.y() - a.y()) * (m.x() - a.x())) / len;
		if (dev > chord && depth < MAX_HALVINGS) {
			halve(ua, a, um, m, at, chord, depth + 1, out);
			halve(um, m, ub, b, at, chord, depth + 1, out);
		} else {
			out.add(ub);
		}
	}

	private static double acosh(double x) {
		return Math.log(x + Math.sqrt(x * x - 1));
	}

	/** Adds a curve unless it is a point or repeats one already there (two half cylinders meeting in the plane). */
	private static void add(Curve2 c, List<Curve2> out) {
		if (c.length() < Tolerance.PIECE) {
			return;
		}
		double[] a = c.at(0);
		double[] b = c.at(1);
		double[] m = c.at(0.5);
		for (Curve2 o : out) {
			if (o.distance(a[0], a[1]) < JOIN && o.distance(b[0], b[1]) < JOIN && o.distance(m[0], m[1]) < JOIN) {
				return;
			}
		}
		out.add(c);
	}

	/**
	 * Joins the outline end to start into closed loops, each as vertices with the bulge of the piece that leaves them
	 * (x0, y0, b0, x1, y1, b1, ...; b = tan(sweep / 4), negative when an arc is run clockwise, 0 for a segment), the
	 * DXF HATCH polyline boundary's form.
	 */
	private static List<double[]> loops(List<Curve2> curves) {
		List<Curve2> left = new ArrayList<>(curves);
		List<double[]> loops = new ArrayList<>();
		while (!left.isEmpty()) {
			List<Double> v = new ArrayList<>();
			Curve2 first = left.removeFirst();
			double[] start = first.at(0);
			double[] end = append(first, false, v);
			while (Math.hypot(end[0] - start[0], end[1] - start[1]) >= JOIN) {
				Curve2 next = null;
				boolean back = false;
				for (Curve2 c : left) {
					double[] s = c.at(0);
					double[] t = c.at(1);
					if (Math.hypot(s[0] - end[0], s[1] - end[1]) < JOIN) {
						next = c;
						break;
					}
					if (Math.hypot(t[0] - end[0], t[1] - end[1]) < JOIN) {
						next = c;
						back = true;
						break;
					}
				}
				if (next == null) {
					throw new IllegalStateException("the section outline does not close at (" + end[0] + ", " + end[1] + ")");
				}
				left.remove(next);
				end = append(next, back, v);
			}
			loops.add(v.stream().mapToDouble(Double::doubleValue).toArray());
		}
		return loops;
	}

	/** Appends a curve's start vertex (a full circle: two halves) and returns its end. */
	private static double[] append(Curve2 c, boolean back, List<Double> v) {
		double[] s = c.at(back ? 1 : 0);
		if (c instanceof Curve2.Arc a && a.sweep() >= 2 * Math.PI - Tolerance.ANGLE) {
			double[] m = c.at(0.5);
			v.addAll(List.of(s[0], s[1], 1.0, m[0], m[1], 1.0));
			return s;
		}
		double bulge = c instanceof Curve2.Arc a ? Math.tan(a.sweep() / 4) * (back ? -1 : 1) : 0;
		v.addAll(List.of(s[0], s[1], bulge));
		return c.at(back ? 0 : 1);
	}
}
