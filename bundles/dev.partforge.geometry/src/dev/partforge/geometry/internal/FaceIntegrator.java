// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

import java.util.Arrays;

import dev.partforge.geometry.BoundingBox;
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
 * Surface integrals over exact faces of {area, p.n/3, x^2 n_x/2, y^2 n_y/2, z^2 n_z/2}. Planar faces use
 * Green's theorem in the plane (area integral to a boundary integral along the exact edges);
 * cylinder and cone faces are parameter rectangles (angle x axial height), which the solid builders
 * guarantee: their loops are two circle arcs on the same angular span and two straight generators.
 */
public final class FaceIntegrator {

	private static final int N = 5;

	private FaceIntegrator() {
	}

	/** @return the integrals for one face, oriented by its outward normal */
	public static double[] integrate(Face f) {
		double s = f.sameSense() ? 1 : -1;
		return switch (f.surface()) {
		case Plane p -> planar(f, p.frame(), s);
		case CylindricalSurface c -> revolved(f, c.frame(), c.radius(), 0, s);
		case ConicalSurface c -> revolved(f, c.frame(), c.radius(), c.semiAngle(), s);
		};
	}

	private static void integrand(Vec3 p, Vec3 n, double w, double[] acc) {
		acc[0] += w;
		acc[1] += w * p.dot(n) / 3;
		acc[2] += w * p.x() * p.x() * n.x() / 2;
		acc[3] += w * p.y() * p.y() * n.y() / 2;
		acc[4] += w * p.z() * p.z() * n.z() / 2;
	}

	private static double[] planar(Face f, Frame fr, double s) {
		Vec3 n = fr.zAxis().times(s);
		double[] acc = new double[N];
		double[] inner = new double[N];
		GaussLegendre outer = GaussLegendre.N16;
		GaussLegendre in = GaussLegendre.N4;
		for (Loop l : f.loops()) {
			for (OrientedEdge oe : l.edges()) {
				Edge e = oe.edge();
				for (int i = 0; i < outer.size(); i++) {
					double t = oe.sameSense() ? outer.node(i) : 1 - outer.node(i);
					Vec3 loc = fr.local(e.pointAt(t));
					double dv = e.derivativeAt(t).dot(fr.yAxis()) * (oe.sameSense() ? 1 : -1);
					Arrays.fill(inner, 0);
					for (int j = 0; j < in.size(); j++) {
						double u = loc.x() * in.node(j);
						integrand(fr.point(u, loc.y(), 0), n, in.weight(j) * loc.x(), inner);
					}
					double w = outer.weight(i) * dv * s;
					for (int k = 0; k < N; k++) {
						acc[k] += w * inner[k];
					}
				}
			}
		}
		return acc;
	}

	private static double[] revolved(Face f, Frame fr, double r, double alpha, double s) {
		Edge arc = null;
		double hMin = Double.POSITIVE_INFINITY;
		double hMax = Double.NEGATIVE_INFINITY;
		for (OrientedEdge oe : f.outer().edges()) {
			if (arc == null && oe.edge().curve() instanceof Circle) {
				arc = oe.edge();
			}
			double h = fr.local(oe.first().point()).z();
			hMin = Math.min(hMin, h);
			hMax = Math.max(hMax, h);
		}
		if (arc == null || !f.inner().isEmpty()) {
			throw new IllegalArgumentException("a cylinder/cone face must be a parameter rectangle with circle edges");
		}
		Circle c = (Circle) arc.curve();
		Vec3 from = c.frame().zAxis().dot(fr.zAxis()) > 0 ? arc.start().point() : arc.end().point();
		Vec3 lf = fr.local(from);
		double t0 = Math.atan2(lf.y(), lf.x());
		double span = arc.extent();
		double tan = Math.tan(alpha);
		double cos = Math.cos(alpha);
		double sin = Math.sin(alpha);
		int pieces = (int) Math.ceil(span / (Math.PI / 2) - 1e-9);
		GaussLegendre g = GaussLegendre.N16;
		double[] acc = new double[N];
		for (int k = 0; k < pieces; k++) {
			double a0 = t0 + span * k / pieces;
			double da = span / pieces;
			for (int i = 0; i < g.size(); i++) {
				double th = a0 + da * g.node(i);
				double ct = Math.cos(th);
				double st = Math.sin(th);
				Vec3 n = fr.direction(ct * cos, st * cos, -sin).times(s);
				for (int j = 0; j < g.size(); j++) {
					double h = hMin + (hMax - hMin) * g.node(j);
					double rad = r + h * tan;
					double w = g.weight(i) * da * g.weight(j) * (hMax - hMin) * rad / cos;
					integrand(fr.point(rad * ct, rad * st, h), n, w, acc);
				}
			}
		}
		return acc;
	}

	/** @return the box grown by an edge's exact extent (circle extremes included) */
	public static BoundingBox extend(BoundingBox box, Edge e) {
		BoundingBox b = box == null ? BoundingBox.at(e.start().point()) : box.including(e.start().point());
		b = b.including(e.end().point());
		if (e.curve() instanceof Circle c) {
			double a0 = e.startAngle();
			double span = e.extent();
			for (int axis = 0; axis < 3; axis++) {
				double t = Math.atan2(c.frame().yAxis().get(axis), c.frame().xAxis().get(axis));
				for (int k = 0; k < 2; k++) {
					double d = Math.IEEEremainder(t + k * Math.PI - a0, 2 * Math.PI);
					d = d < 0 ? d + 2 * Math.PI : d;
					if (d <= span) {
						b = b.including(c.point(a0 + d));
					}
				}
			}
		}
		return b;
	}
}
