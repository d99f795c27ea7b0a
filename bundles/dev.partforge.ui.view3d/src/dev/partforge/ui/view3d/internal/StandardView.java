// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

/**
 * The standard views, as azimuth (about the part's Z axis, 0 looking along +Y) and elevation (0 horizontal, 90
 * looking down). Front looks along +Y with Z up, Top looks down -Z with Y up, Right looks along -X, Iso is the
 * ISO 5456-3 isometric direction from the front, right and top.
 */
public enum StandardView {
	/** From -Y. */
	FRONT(0, 0),
	/** From +Z. */
	TOP(0, 90),
	/** From +X. */
	RIGHT(90, 0),
	/** From (+X, -Y, +Z): each axis at the same angle to the screen. */
	ISO(45, Math.toDegrees(Math.atan(1 / Math.sqrt(2))));

	private final double azimuth;
	private final double elevation;

	StandardView(double azimuth, double elevation) {
		this.azimuth = azimuth;
		this.elevation = elevation;
	}

	/** @return degrees about Z */
	public double azimuth() {
		return azimuth;
	}

	/** @return degrees above the horizon */
	public double elevation() {
		return elevation;
	}
}
