// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import dev.partforge.geometry.Vec3;

/**
 * The six principal views (ISO 5456-2) and the isometric view (ISO 5456-3). Each is a parallel projection along
 * {@link #forward()} with {@link #right()} and {@link #up()} as sheet axes; the content of a view does not depend on
 * the projection method, only the place of a principal view on the sheet does.
 */
public enum ViewKind {
	/** Viewed from -y (the front of the stock), x to the right, z up. */
	FRONT(Vec3.Y, Vec3.X, Vec3.Z),
	/** Viewed from +z, x to the right, y up. */
	TOP(Vec3.Z.negate(), Vec3.X, Vec3.Y),
	/** Viewed from -z, x to the right, -y up. */
	BOTTOM(Vec3.Z, Vec3.X, Vec3.Y.negate()),
	/** Viewed from -x, -y to the right, z up. */
	LEFT(Vec3.X, Vec3.Y.negate(), Vec3.Z),
	/** Viewed from +x, y to the right, z up. */
	RIGHT(Vec3.X.negate(), Vec3.Y, Vec3.Z),
	/** Viewed from +y, -x to the right, z up. */
	REAR(Vec3.Y.negate(), Vec3.X.negate(), Vec3.Z),
	/**
	 * The isometric view (ISO 5456-3): viewed from the front, right and top ({@code (1, -1, 1)}) towards the part, z up,
	 * x drawn 30° below the horizontal to the right, y 30° above it; a true projection (lengths along the axes
	 * shortened by sqrt(2/3)). Not a principal view: it has no place on the projection grid. A sheet draws it seen
	 * from the front left instead where only that fits its free room at the larger scale.
	 */
	ISOMETRIC(new Vec3(-1, 1, -1).normalized(), new Vec3(1, 1, 0).normalized(), new Vec3(-1, 1, 2).normalized());

	private final Vec3 forward;
	private final Vec3 right;
	private final Vec3 up;

	ViewKind(Vec3 forward, Vec3 right, Vec3 up) {
		this.forward = forward;
		this.right = right;
		this.up = up;
	}

	/** @return the viewing direction (from the viewer into the part) */
	public Vec3 forward() {
		return forward;
	}

	/** @return the model direction drawn to the right */
	public Vec3 right() {
		return right;
	}

	/** @return the model direction drawn upwards */
	public Vec3 up() {
		return up;
	}

	/**
	 * @param outward an axis-aligned outward face normal
	 * @return the view that looks straight at a face with that normal
	 */
	public static ViewKind facing(Vec3 outward) {
		for (ViewKind k : values()) {
			if (k.forward.dot(outward) < -0.999) {
				return k;
			}
		}
		throw new IllegalArgumentException("no principal view faces the direction " + outward);
	}

	/**
	 * @param p the projection method
	 * @return grid cell (column, row) relative to the front view at (0, 0); +row is up the sheet
	 * @throws IllegalStateException for the isometric view, which is placed in a free corner instead
	 */
	public int[] cell(Projection p) {
		int s = p == Projection.FIRST_ANGLE ? 1 : -1;
		return switch (this) {
		case FRONT -> new int[] { 0, 0 };
		case TOP -> new int[] { 0, -s };
		case BOTTOM -> new int[] { 0, s };
		case LEFT -> new int[] { s, 0 };
		case RIGHT -> new int[] { -s, 0 };
		case REAR -> new int[] { 2, 0 };
		case ISOMETRIC -> throw new IllegalStateException("the isometric view has no place on the projection grid");
		};
	}
}
