// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.List;
import java.util.Map;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.ViewKind;

/** Annotation requests in view coordinates (model millimetres), placed on the sheet later. */
sealed interface Req {

	/** @return the view the annotation belongs to */
	ViewKind view();

	/**
	 * A linear dimension between two points, measured horizontally or vertically in the view.
	 *
	 * @param view       view
	 * @param side       lane side (bottom/top measure horizontally, left/right vertically)
	 * @param a          first defining point
	 * @param b          second defining point
	 * @param param      recipe parameter
	 * @param value      value in recipe units
	 * @param text       displayed text
	 * @param extras     further values stated in the text
	 */
	record Linear(ViewKind view, Side side, Point2 a, Point2 b, ParamKey param, double value, String text,
			Map<ParamKey, Double> extras) implements Req {
		/** @return true when measured along the view's x (lane below or above) */
		boolean horizontal() {
			return side == Side.BOTTOM || side == Side.TOP;
		}
	}

	/** Side of a view box where a dimension lane runs. */
	enum Side {
		/** Below the view, measuring horizontally. */
		BOTTOM,
		/** Above the view, measuring horizontally. */
		TOP,
		/** Left of the view, measuring vertically. */
		LEFT,
		/** Right of the view, measuring vertically. */
		RIGHT
	}

	/**
	 * A leader annotation on a circle or arc: diameter, radius or hole callout.
	 *
	 * @param view   view
	 * @param kind   diameter, radius or callout
	 * @param centre circle centre
	 * @param radius circle radius
	 * @param anchor point on the curve where the arrow touches
	 * @param lines  text lines
	 * @param param  recipe parameter of the first value
	 * @param value  its value in recipe units
	 * @param extras further values stated in the text
	 * @param round  true when the curve is a whole circle of the radius round the centre (a hole, a boss, round stock),
	 *               so that the arrow may touch it anywhere, on the line from the centre to the leader's knee; false for
	 *               an arc, an edge or a pitch circle (whose anchor lies between its holes), touched at the anchor only
	 */
	record Leader(ViewKind view, DimensionKind kind, Point2 centre, double radius, Point2 anchor, List<String> lines,
			ParamKey param, double value, Map<ParamKey, Double> extras, boolean round) implements Req {
	}

	/**
	 * A centre mark: two centre lines crossing at a centre, reaching past a circle of the radius.
	 *
	 * @param view   view
	 * @param centre centre
	 * @param radius half length before the overhang
	 */
	record Cross(ViewKind view, Point2 centre, double radius) implements Req {
	}

	/**
	 * A centre line (axis) from a to b, extended by the overhang at both ends.
	 *
	 * @param view view
	 * @param a    one end
	 * @param b    other end
	 */
	record Axis(ViewKind view, Point2 a, Point2 b) implements Req {
	}

	/**
	 * A pitch circle drawn as a centre line.
	 *
	 * @param view   view
	 * @param centre centre
	 * @param radius radius
	 */
	record PitchCircle(ViewKind view, Point2 centre, double radius) implements Req {
	}
}
