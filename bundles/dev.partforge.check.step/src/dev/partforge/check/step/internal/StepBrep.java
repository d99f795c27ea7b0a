// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.check.step.StepReadException;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;

/**
 * Builds the faces of the one solid of a STEP file (MANIFOLD_SOLID_BREP or BREP_WITH_VOIDS) in
 * millimetres: surfaces, loops, edges and their curves. What it does not support it names.
 */
public final class StepBrep {

	/** The types a reader meets in the topology and geometry, for "unsupported" messages. */
	static final String SUPPORTED = "PartForge reads planes, cylinders, cones, spheres, tori and B-spline surfaces bounded by lines, circles, ellipses and B-spline curves";

	private final Part21File file;
	private final StepUnits units;
	private final Map<Integer, EdgeGeom> edges = new HashMap<>();

	private StepBrep(Part21File file, StepUnits units) {
		this.file = file;
		this.units = units;
	}

	/**
	 * @param file  the parsed file
	 * @param solid the solid instance
	 * @param units the units of its context
	 * @return the faces, oriented outwards
	 * @throws StepReadException naming the first unsupported or broken instance
	 */
	public static List<BrepFace> faces(Part21File file, Entity solid, StepUnits units) throws StepReadException {
		StepBrep b = new StepBrep(file, units);
		List<BrepFace> out = new ArrayList<>();
		List<Object> p = solid.params(solid.is("BREP_WITH_VOIDS") ? "BREP_WITH_VOIDS" : "MANIFOLD_SOLID_BREP");
		b.shell(file.get(p.get(1)), true, out);
		if (solid.is("BREP_WITH_VOIDS")) {
			for (Object v : (List<?>) p.get(2)) {
				Entity oriented = file.get(v);
				List<Object> op = oriented.params();
				b.shell(file.get(op.get(2)), isTrue(op.get(3)), out);
			}
		}
		return out;
	}

	private void shell(Entity shell, boolean sense, List<BrepFace> out) throws StepReadException {
		if (!shell.is("CLOSED_SHELL")) {
			throw unsupported(shell, "the solid's shell");
		}
		for (Object f : (List<?>) shell.params().get(1)) {
			out.add(face(file.get(f), sense));
		}
	}

	private BrepFace face(Entity face, boolean shellSense) throws StepReadException {
		if (!face.is("ADVANCED_FACE") && !face.is("FACE_SURFACE")) {
			throw unsupported(face, "the shell");
		}
		List<Object> p = face.params();
		SurfaceGeom surface = surface(file.get(p.get(2)), face);
		boolean sense = isTrue(p.get(3)) == shellSense;
		List<List<BrepFace.Use>> loops = new ArrayList<>();
		for (Object b : (List<?>) p.get(1)) {
			Entity bound = file.get(b);
			List<Object> bp = bound.params();
			Entity loop = file.get(bp.get(1));
			boolean forward = isTrue(bp.get(2)) == shellSense;
			if (loop.is("VERTEX_LOOP")) {
				continue;
			}
			if (!loop.is("EDGE_LOOP")) {
				throw unsupported(loop, face.label());
			}
			List<BrepFace.Use> uses = new ArrayList<>();
			for (Object o : (List<?>) loop.params().get(1)) {
				Entity oe = file.get(o);
				if (!oe.is("ORIENTED_EDGE")) {
					throw unsupported(oe, loop.label());
				}
				List<Object> op = oe.params();
				uses.add(new BrepFace.Use(edge(file.get(op.get(3))), isTrue(op.get(4)) == forward));
			}
			loops.add(uses);
		}
		return new BrepFace(surface, sense, loops, face.label());
	}

	private EdgeGeom edge(Entity edge) throws StepReadException {
		EdgeGeom known = edges.get(edge.id());
		if (known != null) {
			return known;
		}
		if (!edge.is("EDGE_CURVE")) {
			throw unsupported(edge, "an edge loop");
		}
		List<Object> p = edge.params();
		Entity v1 = file.get(p.get(1));
		Entity v2 = file.get(p.get(2));
		Vec3 a = point(file.get(v1.params().get(1)));
		Vec3 b = point(file.get(v2.params().get(1)));
		boolean closed = v1.id() == v2.id() || a.distance(b) < 1e-9 * (1 + a.length());
		EdgeGeom g = curve(file.get(p.get(3)), a, b, closed, isTrue(p.get(4)), edge);
		edges.put(edge.id(), g);
		return g;
	}

	private EdgeGeom curve(Entity c, Vec3 a, Vec3 b, boolean closed, boolean sense, Entity edge) throws StepReadException {
		if (c.is("SURFACE_CURVE") || c.is("SEAM_CURVE") || c.is("INTERSECTION_CURVE") || c.is("TRIMMED_CURVE")) {
			return curve(file.get(c.params().get(1)), a, b, closed, sense, edge);
		}
		if (c.is("LINE") || c.is("POLYLINE") && c.params().get(1) instanceof List<?> pts && pts.size() == 2) {
			return new EdgeGeom.Segment(a, b);
		}
		if (c.is("CIRCLE") || c.is("ELLIPSE")) {
			List<Object> p = c.params();
			Frame f = placement(file.get(p.get(1)));
			double r1 = length(p.get(2));
			double r2 = c.is("ELLIPSE") ? length(p.get(3)) : r1;
			double t1 = angle(f, a, r1, r2);
			double t2 = angle(f, b, r1, r2);
			double span = sense ? mod(t2 - t1) : -mod(t1 - t2);
			if (closed && Math.abs(span) < 1e-9) {
				span = sense ? 2 * Math.PI : -2 * Math.PI;
			}
			return new EdgeGeom.Arc(f, r1, r2, t1, span);
		}
		if (c.is("B_SPLINE_CURVE_WITH_KNOTS")) {
			BSplineCurve s = bspline(c);
			if (closed) {
				return sense ? new BSplineCurve.Piece(s, s.start(), s.end()) : new BSplineCurve.Piece(s, s.end(), s.start());
			}
			return new BSplineCurve.Piece(s, s.parameterOf(a), s.parameterOf(b));
		}
		throw unsupported(c, edge.label());
	}

	private BSplineCurve bspline(Entity c) throws StepReadException {
		List<Object> knotPart;
		List<Object> head;
		if (c.is("B_SPLINE_CURVE")) {
			head = c.params("B_SPLINE_CURVE");
			knotPart = c.params("B_SPLINE_CURVE_WITH_KNOTS");
		} else {
			List<Object> all = c.params("B_SPLINE_CURVE_WITH_KNOTS");
			head = all.subList(1, 6);
			knotPart = all.subList(6, all.size());
		}
		int degree = (int) Math.round((Double) head.get(0));
		List<?> poleRefs = (List<?>) head.get(1);
		Vec3[] poles = new Vec3[poleRefs.size()];
		double[] weights = new double[poles.length];
		List<Object> rational = c.params("RATIONAL_B_SPLINE_CURVE");
		for (int i = 0; i < poles.length; i++) {
			poles[i] = point(file.get(poleRefs.get(i)));
			weights[i] = rational == null ? 1 : (Double) ((List<?>) rational.get(0)).get(i);
		}
		List<?> mults = (List<?>) knotPart.get(0);
		List<?> values = (List<?>) knotPart.get(1);
		List<Double> knots = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			for (int m = 0; m < Math.round((Double) mults.get(i)); m++) {
				knots.add((Double) values.get(i));
			}
		}
		if (knots.size() != poles.length + degree + 1) {
			throw new StepReadException("the B-spline curve #" + c.id() + " has " + knots.size() + " knots for " + poles.length
					+ " poles of degree " + degree);
		}
		return new BSplineCurve(degree, poles, weights, knots.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private SurfaceGeom surface(Entity s, Entity face) throws StepReadException {
		List<Object> p = s.params();
		if (s.is("PLANE")) {
			return new SurfaceGeom.Planar(placement(file.get(p.get(1))));
		}
		if (s.is("CYLINDRICAL_SURFACE")) {
			return new SurfaceGeom.Conical(placement(file.get(p.get(1))), length(p.get(2)), 0);
		}
		if (s.is("CONICAL_SURFACE")) {
			return new SurfaceGeom.Conical(placement(file.get(p.get(1))), length(p.get(2)), number(p.get(3)) * units.radians());
		}
		if (s.is("SPHERICAL_SURFACE")) {
			return new SurfaceGeom.Spherical(placement(file.get(p.get(1))), length(p.get(2)));
		}
		if (s.is("TOROIDAL_SURFACE")) {
			return new SurfaceGeom.Toroidal(placement(file.get(p.get(1))), length(p.get(2)), length(p.get(3)));
		}
		if (s.is("B_SPLINE_SURFACE_WITH_KNOTS")) {
			return bsplineSurface(s);
		}
		throw unsupported(s, face.label());
	}

	private SurfaceGeom bsplineSurface(Entity s) throws StepReadException {
		List<Object> head;
		List<Object> knotPart;
		if (s.is("B_SPLINE_SURFACE")) {
			head = s.params("B_SPLINE_SURFACE");
			knotPart = s.params("B_SPLINE_SURFACE_WITH_KNOTS");
		} else {
			List<Object> all = s.params("B_SPLINE_SURFACE_WITH_KNOTS");
			head = all.subList(1, 8);
			knotPart = all.subList(8, all.size());
		}
		int degU = (int) Math.round(number(head.get(0)));
		int degV = (int) Math.round(number(head.get(1)));
		List<?> rows = (List<?>) head.get(2);
		List<Object> rational = s.params("RATIONAL_B_SPLINE_SURFACE");
		Vec3[][] poles = new Vec3[rows.size()][];
		double[][] weights = new double[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			List<?> row = (List<?>) rows.get(i);
			poles[i] = new Vec3[row.size()];
			weights[i] = new double[row.size()];
			for (int j = 0; j < row.size(); j++) {
				poles[i][j] = point(file.get(row.get(j)));
				weights[i][j] = rational == null ? 1 : number(((List<?>) ((List<?>) rational.get(0)).get(i)).get(j));
			}
		}
		double[] ku = knots((List<?>) knotPart.get(0), (List<?>) knotPart.get(2));
		double[] kv = knots((List<?>) knotPart.get(1), (List<?>) knotPart.get(3));
		if (ku.length != poles.length + degU + 1 || kv.length != poles[0].length + degV + 1) {
			throw new StepReadException("the B-spline surface #" + s.id() + " has knots that do not fit its poles and degrees");
		}
		return new BSplineSurface(degU, degV, poles, weights, ku, kv);
	}

	private static double[] knots(List<?> mults, List<?> values) throws StepReadException {
		List<Double> out = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			for (long m = Math.round(number(mults.get(i))); m > 0; m--) {
				out.add(number(values.get(i)));
			}
		}
		return out.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private Frame placement(Entity a) throws StepReadException {
		if (!a.is("AXIS2_PLACEMENT_3D")) {
			throw unsupported(a, "a surface or curve");
		}
		List<Object> p = a.params();
		Vec3 origin = point(file.get(p.get(1)));
		Vec3 z = p.get(2) instanceof Entity.Ref ? direction(file.get(p.get(2))) : Vec3.Z;
		Vec3 x = p.get(3) instanceof Entity.Ref ? direction(file.get(p.get(3))) : (Math.abs(z.x()) < 0.9 ? Vec3.X : Vec3.Y);
		x = x.minus(z.times(x.dot(z))).normalized();
		return Frame.of(origin, z, x);
	}

	private Vec3 point(Entity e) throws StepReadException {
		if (!e.is("CARTESIAN_POINT")) {
			throw unsupported(e, "a point");
		}
		return coords(e).times(units.millimetres());
	}

	private Vec3 direction(Entity e) throws StepReadException {
		return coords(e).normalized();
	}

	private static Vec3 coords(Entity e) throws StepReadException {
		List<?> c = (List<?>) e.params().get(1);
		double[] v = new double[3];
		for (int i = 0; i < Math.min(3, c.size()); i++) {
			v[i] = number(c.get(i));
		}
		if (c.size() != 3) {
			throw new StepReadException(e.label() + " is not three-dimensional");
		}
		return new Vec3(v[0], v[1], v[2]);
	}

	private double length(Object o) throws StepReadException {
		return number(o) * units.millimetres();
	}

	private static double number(Object o) throws StepReadException {
		if (o instanceof Double d) {
			return d;
		}
		if (o instanceof Entity.Typed t && t.params().size() == 1) {
			return number(t.params().get(0));
		}
		throw new StepReadException("expected a number but found " + o);
	}

	private static double angle(Frame f, Vec3 p, double a, double b) {
		Vec3 l = f.local(p);
		return Math.atan2(l.y() / b, l.x() / a);
	}

	private static double mod(double x) {
		double m = x % (2 * Math.PI);
		return m < 0 ? m + 2 * Math.PI : m;
	}

	private static boolean isTrue(Object o) {
		return !(o instanceof Entity.Enum e) || !e.name().equals("F");
	}

	private static StepReadException unsupported(Entity e, String where) {
		return new StepReadException("unsupported STEP entity " + e.label() + " in " + where + ": " + SUPPORTED);
	}
}
