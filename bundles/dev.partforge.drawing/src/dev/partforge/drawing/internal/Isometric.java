// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Circle;
import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;

/**
 * The isometric view of a solid ({@link ViewKind#ISOMETRIC}, ISO 5456-3), visible edges only. Its curves are the
 * edges that are not tangent edges (as in {@link HiddenLines}) and the true silhouettes of cylinders and cones (the
 * generators along which the surface normal is square to the view). Circles project to ellipses, which are drawn as
 * polylines whose vertices lie on the exact ellipse and whose chords stay within a given chord tolerance. Every
 * curve is split where its projection meets another curve's (where visibility can change); one interior point of each
 * piece is tested by a ray towards the viewer against the exact faces ({@link FaceProbe}). It is seen from one of the
 * {@link IsoDirection}s.
 */
public final class Isometric {
	/** Chord tolerance of the polylines of ellipses on paper (sheet millimetres). */
	public static final double CHORD = 0.01;
	/** Faces met this close to a ray's origin or closer are the faces the curve lies on (tangent rays included). */
	private static final double RAY_START = 1e-5;

	private final IsoDirection from;
	private final List<FaceProbe> probes = new ArrayList<>();
	private final List<IsoCurve> curves = new ArrayList<>();

	private Isometric(IsoDirection from) {
		this.from = from;
	}

	/**
	 * @param solid the part (millimetres)
	 * @return its isometric view from each direction, in the order of {@link IsoDirection}
	 */
	static Map<IsoDirection, Isometric> of(Solid solid) {
		DrawnEdges drawn = DrawnEdges.of(solid);
		Map<IsoDirection, Isometric> views = new EnumMap<>(IsoDirection.class);
		for (IsoDirection d : IsoDirection.values()) {
			Isometric iso = new Isometric(d);
			iso.collect(drawn);
			views.put(d, iso);
		}
		return views;
	}

	private void collect(DrawnEdges drawn) {
		probes.addAll(drawn.probes());
		for (Edge e : drawn.edges()) {
			curves.add(e.curve() instanceof Circle c ? IsoCurve.arc(c, e.startAngle(), e.extent())
					: IsoCurve.line(e.start().point(), e.end().point()));
		}
		for (FaceProbe p : probes) {
			if (p.curved()) {
				silhouettes(p);
			}
		}
	}

	/**
	 * The generators of a cylinder or cone whose normal is square to the view: with the normal proportional to
	 * {@code radial(a) - tan(semi-angle) axis}, {@code cos(a - phi) |f_perp| = tan(semi-angle) f_axis}.
	 */
	private void silhouettes(FaceProbe p) {
		Frame fr = p.face().surface().frame();
		double k = p.face().surface() instanceof ConicalSurface c ? Math.tan(c.semiAngle()) : 0;
		Vec3 f = from.forward();
		double fx = f.dot(fr.xAxis());
		double fy = f.dot(fr.yAxis());
		double perp = Math.hypot(fx, fy);
		double cos = k * f.dot(fr.zAxis()) / perp;
		if (perp < Tolerance.DIRECTION || Math.abs(cos) > 1) {
			return;
		}
		double phi = Math.atan2(fy, fx);
		double d = Math.acos(cos);
		double[] h = p.heights();
		for (double a : new double[] { phi + d, phi - d }) {
			if (p.inAngle(a)) {
				Vec3 s = fr.point(p.radiusAt(h[0]) * Math.cos(a), p.radiusAt(h[0]) * Math.sin(a), h[0]);
				Vec3 t = fr.point(p.radiusAt(h[1]) * Math.cos(a), p.radiusAt(h[1]) * Math.sin(a), h[1]);
				if (s.distance(t) > Tolerance.POINT) {
					curves.add(IsoCurve.line(s, t));
				}
			}
		}
	}

	/**
	 * @return the exact box of the projected part in view coordinates (model millimetres along the view's right and
	 *         up): the extremes of every projected curve, which the visible outline contains
	 */
	Box bounds() {
		Box b = Box.EMPTY;
		for (IsoCurve c : curves) {
			b = c.extend(b, from);
		}
		return b;
	}

	/**
	 * @param chord chord tolerance in model millimetres
	 * @return the visible pieces as polylines {x0, y0, x1, y1, ...} in view coordinates (model millimetres)
	 */
	List<double[]> visible(double chord) {
		List<double[]> ts = new ArrayList<>();
		List<double[]> xy = new ArrayList<>();
		for (IsoCurve c : curves) {
			double[] t = c.params(chord);
			ts.add(t);
			xy.add(c.project(t, from));
		}
		List<List<Double>> cuts = IsoCuts.of(ts, xy, chord);
		List<double[]> out = new ArrayList<>();
		Vec3 toViewer = from.forward().negate();
		for (int i = 0; i < curves.size(); i++) {
			IsoCurve c = curves.get(i);
			List<Double> cs = cuts.get(i);
			cs.sort(null);
			double runFrom = -1;
			double runTo = -1;
			for (int j = 0; j + 1 < cs.size(); j++) {
				double t0 = cs.get(j);
				double t1 = cs.get(j + 1);
				if ((t1 - t0) * c.length() < Tolerance.PIECE) {
					continue;
				}
				if (seen(c.at((t0 + t1) / 2), toViewer)) {
					runFrom = runFrom < 0 ? t0 : runFrom;
					runTo = t1;
				} else if (runFrom >= 0) {
					out.add(c.polyline(runFrom, runTo, ts.get(i), from));
					runFrom = -1;
				}
			}
			if (runFrom >= 0) {
				out.add(c.polyline(runFrom, runTo, ts.get(i), from));
			}
		}
		return out;
	}

	private boolean seen(Vec3 m, Vec3 toViewer) {
		for (FaceProbe f : probes) {
			if (f.hits(m, toViewer, RAY_START)) {
				return false;
			}
		}
		return true;
	}
}
