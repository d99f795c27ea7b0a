// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;

/**
 * A point in view coordinates: model millimetres along a view's right and up directions.
 *
 * @param x along the view's right
 * @param y along the view's up
 */
record Point2(double x, double y) {

	/**
	 * Projects a model point into a view (an orthographic projection: drops the depth).
	 *
	 * @param view  the view
	 * @param point the model point (millimetres)
	 * @return the point in the view
	 */
	static Point2 in(ViewKind view, Vec3 point) {
		return new Point2(point.dot(view.right()), point.dot(view.up()));
	}

	/**
	 * @param radius  distance from this point
	 * @param degrees direction, counter-clockwise from the view's right
	 * @return the point at that distance and direction
	 */
	Point2 polar(double radius, double degrees) {
		double a = Math.toRadians(degrees);
		return new Point2(x + radius * Math.cos(a), y + radius * Math.sin(a));
	}
}
