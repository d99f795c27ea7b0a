// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;

/**
 * A face's carrier surface with a parametrisation S(u, v) whose natural normal S_u x S_v points
 * the way STEP's surface normal does. u is the periodic (angular) parameter where there is one; v
 * is the parameter along which {@link FaceIntegrator} integrates, starting at {@link #v0()}.
 */
public interface SurfaceGeom {

	/** @return the frame the surface is placed in */
	Frame frame();

	/** @return (u, v) of a point on the surface; v in [v0, v0 + period) for periodic v */
	double[] uv(Vec3 p, double v0);

	/** @return du along a move dp at p */
	double du(Vec3 p, Vec3 dp);

	/** @return the point S(u, v) */
	Vec3 point(double u, double v);

	/** @return the unit natural normal at (u, v) */
	Vec3 normal(double u, double v);

	/** @return |S_u x S_v| at (u, v) */
	double jacobian(double u, double v);

	/** @return the default start of the v integration (a pole or apex where there is one) */
	double v0();

	/** @return du/dt of the angle about the frame's z axis */
	static double angleRate(Frame f, Vec3 p, Vec3 dp) {
		Vec3 l = f.local(p);
		double r2 = l.x() * l.x() + l.y() * l.y();
		if (r2 < 1e-24) {
			return 0;
		}
		double dx = dp.dot(f.xAxis());
		double dy = dp.dot(f.yAxis());
		return (l.x() * dy - l.y() * dx) / r2;
	}

	/** @return the angle of p about the frame's z axis */
	static double angle(Frame f, Vec3 p) {
		Vec3 l = f.local(p);
		return Math.atan2(l.y(), l.x());
	}

	/** STEP PLANE: u, v are the frame's x and y. */
	record Planar(Frame frame) implements SurfaceGeom {
		@Override
		public double[] uv(Vec3 p, double v0) {
			Vec3 l = frame.local(p);
			return new double[] { l.x(), l.y() };
		}

		@Override
		public double du(Vec3 p, Vec3 dp) {
			return dp.dot(frame.xAxis());
		}

		@Override
		public Vec3 point(double u, double v) {
			return frame.point(u, v, 0);
		}

		@Override
		public Vec3 normal(double u, double v) {
			return frame.zAxis();
		}

		@Override
		public double jacobian(double u, double v) {
			return 1;
		}

		@Override
		public double v0() {
			return 0;
		}
	}

	/**
	 * STEP CYLINDRICAL_SURFACE (semiAngle 0) and CONICAL_SURFACE: u the angle, v the height along
	 * the axis; radius r + v tan(semiAngle).
	 */
	record Conical(Frame frame, double radius, double semiAngle) implements SurfaceGeom {
		@Override
		public double[] uv(Vec3 p, double v0) {
			return new double[] { angle(frame, p), frame.local(p).z() };
		}

		@Override
		public double du(Vec3 p, Vec3 dp) {
			return angleRate(frame, p, dp);
		}

		@Override
		public Vec3 point(double u, double v) {
			double r = radius + v * Math.tan(semiAngle);
			return frame.point(r * Math.cos(u), r * Math.sin(u), v);
		}

		@Override
		public Vec3 normal(double u, double v) {
			double c = Math.cos(semiAngle);
			return frame.direction(Math.cos(u) * c, Math.sin(u) * c, -Math.sin(semiAngle));
		}

		@Override
		public double jacobian(double u, double v) {
			return Math.abs(radius + v * Math.tan(semiAngle)) / Math.cos(semiAngle);
		}

		@Override
		public double v0() {
			return semiAngle == 0 ? 0 : -radius / Math.tan(semiAngle);
		}
	}

	/** STEP SPHERICAL_SURFACE: u the longitude, v the latitude from -pi/2 (south pole). */
	record Spherical(Frame frame, double radius) implements SurfaceGeom {
		@Override
		public double[] uv(Vec3 p, double v0) {
			Vec3 l = frame.local(p);
			return new double[] { Math.atan2(l.y(), l.x()), Math.atan2(l.z(), Math.hypot(l.x(), l.y())) };
		}

		@Override
		public double du(Vec3 p, Vec3 dp) {
			return angleRate(frame, p, dp);
		}

		@Override
		public Vec3 point(double u, double v) {
			return frame.origin().plus(normal(u, v).times(radius));
		}

		@Override
		public Vec3 normal(double u, double v) {
			return frame.direction(Math.cos(v) * Math.cos(u), Math.cos(v) * Math.sin(u), Math.sin(v));
		}

		@Override
		public double jacobian(double u, double v) {
			return radius * radius * Math.cos(v);
		}

		@Override
		public double v0() {
			return -Math.PI / 2;
		}
	}

	/** STEP TOROIDAL_SURFACE: u the angle about the axis, v the angle about the tube (periodic). */
	record Toroidal(Frame frame, double major, double minor) implements SurfaceGeom {
		@Override
		public double[] uv(Vec3 p, double v0) {
			Vec3 l = frame.local(p);
			double v = Math.atan2(l.z(), Math.hypot(l.x(), l.y()) - major);
			double w = v0 + Math.IEEEremainder(v - v0 - Math.PI, 2 * Math.PI) + Math.PI;
			return new double[] { Math.atan2(l.y(), l.x()), w };
		}

		@Override
		public double du(Vec3 p, Vec3 dp) {
			return angleRate(frame, p, dp);
		}

		@Override
		public Vec3 point(double u, double v) {
			double r = major + minor * Math.cos(v);
			return frame.point(r * Math.cos(u), r * Math.sin(u), minor * Math.sin(v));
		}

		@Override
		public Vec3 normal(double u, double v) {
			return frame.direction(Math.cos(v) * Math.cos(u), Math.cos(v) * Math.sin(u), Math.sin(v));
		}

		@Override
		public double jacobian(double u, double v) {
			return minor * (major + minor * Math.cos(v));
		}

		@Override
		public double v0() {
			return Double.NaN;
		}
	}
}
