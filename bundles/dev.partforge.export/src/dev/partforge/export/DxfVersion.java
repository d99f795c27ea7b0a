// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

/** The DXF release drawings are written in. */
public enum DxfVersion {
	/**
	 * AutoCAD R12 (AC1009): lines, arcs, circles, filled triangles and text on the drawing's layers,
	 * dimensions exploded into that geometry; for laser, plasma and waterjet machines and CAM tools that
	 * read nothing newer.
	 */
	R12,
	/** AutoCAD 2013 (AC1027): real DIMENSION entities, leaders, lineweights, UTF-8. */
	R2013
}
