// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

/** What a {@link Entity.Dimension} measures. */
public enum DimensionKind {
	/** A distance along x or y of the view (DXF rotated linear dimension). */
	LINEAR,
	/** A diameter, text prefixed with Ø. */
	DIAMETER,
	/** A radius, text prefixed with R. */
	RADIUS,
	/** A hole or feature callout on a leader: the diameter plus counterbore, countersink and depth. */
	CALLOUT
}
