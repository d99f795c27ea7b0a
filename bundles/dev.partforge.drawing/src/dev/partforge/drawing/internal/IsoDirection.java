// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;

/**
 * The corners an isometric view ({@link ViewKind#ISOMETRIC}, ISO 5456-3) is drawn from, both from the front and the
 * top, z up: from the right first; from the left where only that view fits a free corner of the sheet at the larger
 * scale ({@link Composer}). A part whose diagonal runs from front left to rear right (an L-profile lying flat) stands
 * tall seen from the right and lies wide seen from the left.
 */
enum IsoDirection {
	/** From the front, right and top ({@code (1, -1, 1)}): {@link ViewKind#ISOMETRIC}'s axes. */
	FRONT_RIGHT(ViewKind.ISOMETRIC.forward(), ViewKind.ISOMETRIC.right(), ViewKind.ISOMETRIC.up()),
	/**
	 * From the front, left and top ({@code (-1, -1, 1)}): x drawn 30° above the horizontal to the right, y 30° above it
	 * to the left.
	 */
	FRONT_LEFT(new Vec3(1, 1, -1).normalized(), new Vec3(1, -1, 0).normalized(), new Vec3(1, 1, 2).normalized());

	private final Vec3 forward;
	private final Vec3 right;
	private final Vec3 up;

	IsoDirection(Vec3 forward, Vec3 right, Vec3 up) {
		this.forward = forward;
		this.right = right;
		this.up = up;
	}

	/** @return the viewing direction (from the viewer into the part) */
	Vec3 forward() {
		return forward;
	}

	/** @return the model direction drawn to the right */
	Vec3 right() {
		return right;
	}

	/** @return the model direction drawn upwards */
	Vec3 up() {
		return up;
	}

	/** @return the point in view coordinates (model millimetres along {@link #right()} and {@link #up()}) */
	Point2 project(Vec3 p) {
		return new Point2(p.dot(right), p.dot(up));
	}
}
