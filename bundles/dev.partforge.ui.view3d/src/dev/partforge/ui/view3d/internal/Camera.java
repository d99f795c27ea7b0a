// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

/**
 * The 3D view's camera: it looks at a target point from a direction given by azimuth and elevation (a turntable
 * about the part's Z axis), perspective or orthographic. {@link #halfHeight()} is half the visible height at the
 * target in millimetres; in perspective the eye stands back so that the field of view covers it. Pixels are canvas
 * pixels, y down. Gives the OpenGL matrices, projects points and casts picking rays from the same numbers.
 */
public final class Camera {

	private static final double HALF_FOV = Math.toRadians(20);
	private static final double FIT_MARGIN = 1.08;

	private Vec3d target = Vec3d.ZERO;
	private double azimuth = StandardView.ISO.azimuth();
	private double elevation = StandardView.ISO.elevation();
	private double halfHeight = 50;
	private boolean perspective = true;
	private int width = 1;
	private int height = 1;
	private Vec3d sceneCentre = Vec3d.ZERO;
	private double sceneRadius = 50;

	/** Sets the canvas size in pixels. */
	public void viewport(int w, int h) {
		width = Math.max(1, w);
		height = Math.max(1, h);
	}

	/** Sets the bounding sphere of what is drawn (for clipping planes and {@link #fit()}). */
	public void scene(Vec3d centre, double radius) {
		sceneCentre = centre;
		sceneRadius = Math.max(radius, 1e-3);
	}

	/** Turns to a standard view, keeping target and zoom. */
	public void look(StandardView view) {
		azimuth = view.azimuth();
		elevation = view.elevation();
	}

	/** Switches between perspective and orthographic projection; the size at the target stays. */
	public void perspective(boolean on) {
		perspective = on;
	}

	/** @return true in perspective, false in orthographic projection */
	public boolean isPerspective() {
		return perspective;
	}

	/** Centres the scene's bounding sphere and zooms so that all of it is inside the canvas. */
	public void fit() {
		target = sceneCentre;
		double r = sceneRadius * FIT_MARGIN;
		double aspect = (double) width / height;
		double h = perspective ? r / Math.cos(HALF_FOV) : r;
		halfHeight = aspect < 1 ? h / aspect : h;
	}

	/**
	 * Orbits about the target.
	 *
	 * @param degreesAzimuth   turn about Z
	 * @param degreesElevation tilt, the elevation stays within [-90, 90]
	 */
	public void orbit(double degreesAzimuth, double degreesElevation) {
		azimuth = (azimuth + degreesAzimuth) % 360;
		elevation = Math.max(-90, Math.min(90, elevation + degreesElevation));
	}

	/** Moves the view by a number of pixels (the scene follows the mouse). */
	public void pan(double dxPixels, double dyPixels) {
		double k = 2 * halfHeight / height;
		target = target.minus(right().times(dxPixels * k)).plus(up().times(dyPixels * k));
	}

	/**
	 * Zooms by a factor, keeping the point under a pixel where it is.
	 *
	 * @param factor below 1 zooms in
	 * @param px     pixel x
	 * @param py     pixel y
	 */
	public void zoom(double factor, double px, double py) {
		double[] ndc = ndc(px, py);
		Vec3d under = target.plus(right().times(ndc[0] * halfWidth())).plus(up().times(ndc[1] * halfHeight));
		target = target.plus(under.minus(target).times(1 - factor));
		halfHeight *= factor;
	}

	/** @return unit vector from the target towards the eye */
	public Vec3d direction() {
		double a = Math.toRadians(azimuth);
		double e = Math.toRadians(elevation);
		return new Vec3d(Math.sin(a) * Math.cos(e), -Math.cos(a) * Math.cos(e), Math.sin(e));
	}

	/** @return the screen's right direction in the scene */
	public Vec3d right() {
		double a = Math.toRadians(azimuth);
		return new Vec3d(Math.cos(a), Math.sin(a), 0);
	}

	/** @return the screen's up direction in the scene */
	public Vec3d up() {
		double a = Math.toRadians(azimuth);
		double e = Math.toRadians(elevation);
		return new Vec3d(-Math.sin(a) * Math.sin(e), Math.cos(a) * Math.sin(e), Math.cos(e));
	}

	/** @return the eye (perspective); for orthographic a point in front of the scene */
	public Vec3d eye() {
		return target.plus(direction().times(eyeDistance()));
	}

	private double eyeDistance() {
		return perspective ? halfHeight / Math.tan(HALF_FOV) : 4 * sceneRadius + target.minus(sceneCentre).length();
	}

	/** @return half the visible height at the target, in millimetres */
	public double halfHeight() {
		return halfHeight;
	}

	private double halfWidth() {
		return halfHeight * width / height;
	}

	/** @return the target point */
	public Vec3d target() {
		return target;
	}

	/**
	 * Projects a scene point to canvas pixels.
	 *
	 * @param p the point
	 * @return {x, y} in pixels, y down
	 */
	public double[] project(Vec3d p) {
		Vec3d c = p.minus(eye());
		double xc = c.dot(right());
		double yc = c.dot(up());
		double scale = perspective ? -c.dot(direction()) / eyeDistance() : 1;
		double nx = xc / (halfWidth() * scale);
		double ny = yc / (halfHeight * scale);
		return new double[] { (nx + 1) / 2 * width, (1 - ny) / 2 * height };
	}

	/**
	 * The ray through a pixel.
	 *
	 * @param px pixel x
	 * @param py pixel y
	 * @return the ray, pointing into the scene
	 */
	public Ray ray(double px, double py) {
		double[] ndc = ndc(px, py);
		Vec3d onTarget = target.plus(right().times(ndc[0] * halfWidth())).plus(up().times(ndc[1] * halfHeight));
		if (perspective) {
			return new Ray(eye(), onTarget.minus(eye()).unit());
		}
		Vec3d back = direction();
		return new Ray(onTarget.plus(back.times(eyeDistance())), back.times(-1));
	}

	private double[] ndc(double px, double py) {
		return new double[] { 2 * px / width - 1, 1 - 2 * py / height };
	}

	/** @return the view matrix, column-major as OpenGL loads it */
	public double[] viewMatrix() {
		Vec3d r = right();
		Vec3d u = up();
		Vec3d d = direction();
		Vec3d e = eye();
		return new double[] { r.x(), u.x(), d.x(), 0, r.y(), u.y(), d.y(), 0, r.z(), u.z(), d.z(), 0, -r.dot(e),
				-u.dot(e), -d.dot(e), 1 };
	}

	/** @return the projection matrix, column-major as OpenGL loads it */
	public double[] projectionMatrix() {
		double toCentre = sceneCentre.minus(eye()).dot(direction().times(-1));
		double far = toCentre + 2 * sceneRadius;
		double near = perspective ? Math.max(toCentre - 2 * sceneRadius, far / 1000) : toCentre - 2 * sceneRadius;
		double a = -2 / (far - near);
		double b = -(far + near) / (far - near);
		if (!perspective) {
			return new double[] { 1 / halfWidth(), 0, 0, 0, 0, 1 / halfHeight, 0, 0, 0, 0, a, 0, 0, 0, b, 1 };
		}
		double t = Math.tan(HALF_FOV);
		double aspect = (double) width / height;
		return new double[] { 1 / (t * aspect), 0, 0, 0, 0, 1 / t, 0, 0, 0, 0, b, -1, 0, 0, -2 * far * near / (far - near),
				0 };
	}
}
