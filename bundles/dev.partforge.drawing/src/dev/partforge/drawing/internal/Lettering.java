// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

/**
 * The sizes of dimension and callout lettering (ISO 3098 heights) and of the lanes that carry it: {@link #NORMAL} on
 * every sheet the drawing fits, {@link #COMPACT} only on a chosen paper that the drawing does not fit at any ISO 5455
 * scale with normal lettering (the paper is kept; the lettering becomes smaller instead).
 *
 * @param text  text height of dimension values and callouts
 * @param first distance of the first lane from the view's box
 * @param step  spacing of further lanes
 * @param line  line pitch of callout text
 */
record Lettering(double text, double first, double step, double line) {
	/** 3.5 mm text, lanes 10 mm from the view and 7 mm apart, callout lines 5.6 mm apart. */
	static final Lettering NORMAL = new Lettering(Lanes.TEXT, Lanes.FIRST, Lanes.STEP, ViewLayout.LINE);
	/**
	 * 2.5 mm text (the next smaller ISO 3098 height), lanes 5 mm apart, callout lines 4 mm apart; the first lane stays
	 * 10 mm from the view, clear of a section's cutting-plane letters.
	 */
	static final Lettering COMPACT = new Lettering(2.5, Lanes.FIRST, 5, 4);

	/**
	 * @param lane a lane index, from 0
	 * @return the lane's distance from the view's box
	 */
	double lane(int lane) {
		return first + step * lane;
	}
}
