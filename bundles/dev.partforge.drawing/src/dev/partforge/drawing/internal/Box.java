// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

/**
 * An axis-aligned box in view coordinates (model millimetres along a view's right and up).
 *
 * @param minX left
 * @param minY bottom
 * @param maxX right
 * @param maxY top
 */
record Box(double minX, double minY, double maxX, double maxY) {

	/** The box that contains nothing; {@link #include} grows it. */
	static final Box EMPTY = new Box(Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE);

	/** @param p a point @return the smallest box holding this box and the point */
	Box include(Point2 p) {
		return new Box(Math.min(minX, p.x()), Math.min(minY, p.y()), Math.max(maxX, p.x()), Math.max(maxY, p.y()));
	}

	/** @return the middle between left and right */
	double centreX() {
		return (minX + maxX) / 2;
	}

	/** @return the middle between bottom and top */
	double centreY() {
		return (minY + maxY) / 2;
	}

	/** @return right minus left */
	double width() {
		return maxX - minX;
	}

	/** @return top minus bottom */
	double height() {
		return maxY - minY;
	}
}
