// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

/**
 * Projection method (ISO 5456-2): decides where each view is placed relative to the front view. The one projection
 * type of PartForge: drawings, export settings and preferences use it; stored preferences keep its {@link #name()}.
 */
public enum Projection {
	/** First angle (ISO default, Europe): top view below the front view, left view on its right. */
	FIRST_ANGLE,
	/** Third angle (ASME Y14.3, North America): top view above the front view, right view on its right. */
	THIRD_ANGLE
}
