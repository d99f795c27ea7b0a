// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

/** Projection method of orthographic views (ISO 128-30 / ISO 5456-2). */
public enum Projection {
	/** First-angle projection (ISO default, Europe): top view below the front view, left view on the right. */
	FIRST_ANGLE,
	/** Third-angle projection (ASME, North America): top view above the front view, right view on the right. */
	THIRD_ANGLE
}
