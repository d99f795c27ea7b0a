// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.Circle;
import dev.partforge.geometry.ConicalSurface;
import dev.partforge.geometry.CylindricalSurface;
import dev.partforge.geometry.Edge;
import dev.partforge.geometry.Face;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.OrientedEdge;
import dev.partforge.geometry.Plane;
import dev.partforge.geometry.Vec3;

/**
 * Exact ray tests against one face: ray-plane with point-in-face (line and arc loops, parity with
 * an irrational direction after an inclusive boundary check), ray-cylinder and ray-cone with the
 * face's (angle, height) range. Every curved face of a PartForge solid is a rectangle in (angle,
 * height): bounded by two arcs of one circle pair and two straight seams or by full circles split
 * in two, which is what the range test assumes.
 */
final class FaceProbe {
	private static final double DX = Math.cos(0.3711);
	private static final double DY = Math.sin(0.3711);

	private final Face face;
	private final Frame frame;
	private final List<Curve2> boundary = new ArrayList<>();
	private final double radius;
	private final double tanSemi;
	private final double sign;
	private double hMin = Double.POSITIVE_INFINITY;
	private double hMax = Double.NEGATIVE_INFINITY;
	private double aMid;
	private double aHalf = -1;

	FaceProbe(Face face) {
		this.face = face;
		this.frame = face.surface().frame();
		this.sign = face.sameSense() ? 1 : -1;
		switch (face.surface()) {
		case Plane p -> {
			radius = 0;
			tanSemi = 0;
			for (Loop l : face.loops()) {
				for (OrientedEdge oe : l.edges()) {
					boundary.add(local(oe.edge()));
				}
			}
		}
		case CylindricalSurface c -> {
			radius = c.radius();
			tanSemi = 0;
			ranges();
		}
		case ConicalSurface c -> {
			radius = c.radius();
			tanSemi = Math.tan(c.semiAngle());
			ranges();
		}
		}
	}

	/** @return the face */
	Face face() {
		return face;
	}

	private Curve2 local(Edge e) {
		Vec3 a = frame.local(e.start().point());
		Vec3 b = frame.local(e.end().point());
		if (e.curve() instanceof Circle c) {
			Vec3 ctr = frame.local(c.frame().origin());
			double sa = Math.atan2(a.y() - ctr.y(), a.x() - ctr.x());
			double sb = Math.atan2(b.y() - ctr.y(), b.x() - ctr.x());
			double ext = e.extent();
			return c.frame().zAxis().dot(frame.zAxis()) > 0 ? new Curve2.Arc(ctr.x(), ctr.y(), c.radius(), sa, ext)
					: new Curve2.Arc(ctr.x(), ctr.y(), c.radius(), sb, ext);
		}
		return new Curve2.Seg(a.x(), a.y(), b.x(), b.y());
	}

	private void ranges() {
		for (Loop l : face.loops()) {
			for (OrientedEdge oe : l.edges()) {
				Edge e = oe.edge();
				for (Vec3 p : new Vec3[] { e.start().point(), e.end().point() }) {
					double h = frame.local(p).z();
					hMin = Math.min(hMin, h);
					hMax = Math.max(hMax, h);
				}
				if (e.curve() instanceof Circle && e.extent() / 2 > aHalf) {
					Vec3 m = frame.local(e.pointAt(0.5));
					aMid = Math.atan2(m.y(), m.x());
					aHalf = e.extent() / 2;
				}
			}
		}
	}

	/** @return true when the angle (radians, surface frame) lies in the face's range, boundary included */
	boolean inAngle(double a) {
		double d = Math.IEEEremainder(a - aMid, 2 * Math.PI);
		return Math.abs(d) <= aHalf + Tolerance.ANGLE;
	}

	/** @return the face's height range along the axis {min, max} */
	double[] heights() {
		return new double[] { hMin, hMax };
	}

	/** @return the radius at axial height h (cylinders: constant) */
	double radiusAt(double h) {
		return radius + h * tanSemi;
	}

	/** @return true for a cylinder or cone */
	boolean curved() {
		return !(face.surface() instanceof Plane);
	}

	/** @return the outward unit normal at a point of the face */
	Vec3 normal(Vec3 p) {
		if (!curved()) {
			return frame.zAxis().times(sign);
		}
		Vec3 l = frame.local(p);
		double a = Math.atan2(l.y(), l.x());
		double cs = 1 / Math.sqrt(1 + tanSemi * tanSemi);
		Vec3 radial = frame.direction(Math.cos(a), Math.sin(a), 0);
		return radial.times(cs).minus(frame.zAxis().times(tanSemi * cs)).times(sign);
	}

	/**
	 * @param p   ray origin
	 * @param dir ray direction (unit)
	 * @param eps hits closer than this along the ray are ignored
	 * @return true when the ray meets the face at a distance greater than eps
	 */
	boolean hits(Vec3 p, Vec3 dir, double eps) {
		return hits(p, dir, eps, Double.POSITIVE_INFINITY);
	}

	/**
	 * @param p   ray origin
	 * @param dir ray direction (unit)
	 * @param eps hits closer than this along the ray are ignored
	 * @param max hits at this distance or further are ignored (a section: the material in front of the plane is gone)
	 * @return true when the ray meets the face at a distance in (eps, max)
	 */
	boolean hits(Vec3 p, Vec3 dir, double eps, double max) {
		Vec3 o = frame.local(p);
		Vec3 d = new Vec3(dir.dot(frame.xAxis()), dir.dot(frame.yAxis()), dir.dot(frame.zAxis()));
		if (!curved()) {
			if (Math.abs(d.z()) < Tolerance.RAY_PARALLEL) {
				return false;
			}
			double t = -o.z() / d.z();
			return t > eps && t < max && insidePlanar(o.x() + t * d.x(), o.y() + t * d.y());
		}
		// (x^2 + y^2) = (r + k z)^2 along o + t d
		double k = tanSemi;
		double a = d.x() * d.x() + d.y() * d.y() - k * k * d.z() * d.z();
		double rz = radius + k * o.z();
		double b = 2 * (o.x() * d.x() + o.y() * d.y() - k * d.z() * rz);
		double c = o.x() * o.x() + o.y() * o.y() - rz * rz;
		if (Math.abs(a) < Tolerance.QUADRATIC_ZERO) {
			return Math.abs(b) > Tolerance.QUADRATIC_ZERO && onCurved(o, d, -c / b, eps, max);
		}
		double disc = b * b - 4 * a * c;
		if (disc < 0) {
			return false;
		}
		double s = Math.sqrt(disc);
		return onCurved(o, d, (-b - s) / (2 * a), eps, max) || onCurved(o, d, (-b + s) / (2 * a), eps, max);
	}

	private boolean onCurved(Vec3 o, Vec3 d, double t, double eps, double max) {
		if (!(t > eps && t < max)) {
			return false;
		}
		double x = o.x() + t * d.x();
		double y = o.y() + t * d.y();
		double z = o.z() + t * d.z();
		return z >= hMin - Tolerance.ON_FACE && z <= hMax + Tolerance.ON_FACE && radiusAt(z) > 0 && inAngle(Math.atan2(y, x));
	}

	/** @return the planar face's boundary curves in its surface frame (empty for a curved face) */
	List<Curve2> boundary() {
		return List.copyOf(boundary);
	}

	/** @return the (angle centre, half angle) of a curved face's angular range in its surface frame */
	double[] angles() {
		return new double[] { aMid, aHalf };
	}

	/** @return true when the point (surface frame x, y) lies on the planar face, its boundary included */
	boolean insidePlanar(double x, double y) {
		int crossings = 0;
		for (Curve2 c : boundary) {
			if (c.distance(x, y) < Tolerance.ON_FACE) {
				return true;
			}
			crossings += crossings(c, x, y);
		}
		return (crossings & 1) == 1;
	}

	/**
	 * @return how often a ray from (x, y) in a fixed irrational direction crosses the curve (parity point-in-region
	 *         tests: the face boundary here, the section outline in {@link Section})
	 */
	static int crossings(Curve2 c, double x, double y) {
		switch (c) {
		case Curve2.Seg s -> {
			double ex = s.x2() - s.x1();
			double ey = s.y2() - s.y1();
			double den = DX * ey - DY * ex;
			if (Math.abs(den) < Tolerance.DENOMINATOR_ZERO) {
				return 0;
			}
			double t = ((s.x1() - x) * ey - (s.y1() - y) * ex) / den;
			double u = ((s.x1() - x) * DY - (s.y1() - y) * DX) / den;
			return t > 0 && u >= 0 && u < 1 ? 1 : 0;
		}
		case Curve2.Arc a -> {
			double fx = x - a.cx();
			double fy = y - a.cy();
			double b = fx * DX + fy * DY;
			double cc = fx * fx + fy * fy - a.r() * a.r();
			double disc = b * b - cc;
			if (disc <= 0) {
				return 0;
			}
			int n = 0;
			for (double t : new double[] { -b - Math.sqrt(disc), -b + Math.sqrt(disc) }) {
				if (t > 0) {
					double ang = Math.atan2(fy + t * DY, fx + t * DX);
					double q = a.param(ang);
					if (q >= 0 && q < 1) {
						n++;
					}
				}
			}
			return n;
		}
		}
	}
}
