// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.partforge.drawing.TextMetrics;

/**
 * Lane packing for the linear dimensions on one side of one view, in the view's local sheet
 * coordinates (the part's box is [0, w] x [0, h]). Shorter dimensions go nearer the view; a
 * dimension goes at least one lane beyond every placed dimension whose line its extension lines
 * would cross; within that, the nearest lane where its line and text overlap nothing (greedy
 * interval packing). Lane k lies at 10 + 7 k millimetres from the box (docs/geometry.md), with compact lettering at 10 + 5 k
 * ({@link Lettering}).
 */
final class Lanes {
	/** Distance of the first lane from the view box, in sheet millimetres, with {@link Lettering#NORMAL} lettering. */
	static final double FIRST = 10;
	/** Spacing of further lanes. */
	static final double STEP = 7;
	/** Text height of dimensions (ISO 3098), with {@link Lettering#NORMAL} lettering. */
	static final double TEXT = 3.5;
	/** Arrowhead length. */
	static final double ARROW = 3;
	/** Distance from a dimension's end to the text standing past it (beyond the arrow outside). */
	static final double OUTSIDE = ARROW + 2;
	/** How far an inside dimension's occupied interval reaches past its ends (the arrow tips lie on them). */
	static final double PAD = 0.5;

	/**
	 * A dimension placed in a lane.
	 *
	 * @param req       the request
	 * @param a         first extension line origin along the measuring axis
	 * @param b         second
	 * @param lane      lane index
	 * @param inside    true when text and arrows fit between the extension lines
	 * @param textLow   true when the text of a dimension too short for it (not {@code inside}) stands past its low end
	 *                  (left or below), false when past its high end
	 * @param lo        occupied interval start (line, arrows and text)
	 * @param hi        occupied interval end
	 * @param shift     how far the text between the arrows is moved along the line from the middle (clear of a leader)
	 */
	record Placed(Req.Linear req, double a, double b, int lane, boolean inside, boolean textLow, double lo, double hi, double shift) {
		Placed(Req.Linear req, double a, double b, int lane, boolean inside, boolean textLow, double lo, double hi) {
			this(req, a, b, lane, inside, textLow, lo, hi, 0);
		}

		/**
		 * @param lettering the lettering the text is drawn with
		 * @return where the text runs along the measuring axis {start, end}: centred between the ends (unless moved
		 *         along, {@link #offset}), or past one
		 */
		double[] textSpan(Lettering lettering) {
			double tw = TextMetrics.width(req.text(), lettering.text());
			if (inside) {
				return new double[] { (a + b - tw) / 2 + shift, (a + b + tw) / 2 + shift };
			}
			return textLow ? new double[] { a - OUTSIDE - tw, a - OUTSIDE } : new double[] { b + OUTSIDE, b + OUTSIDE + tw };
		}

		/**
		 * @param lettering the lettering the text is drawn with
		 * @return the same dimension, too short for its text, with the text past its other end
		 */
		Placed flipped(Lettering lettering) {
			double[] occupied = interval(a, b, false, !textLow, TextMetrics.width(req.text(), lettering.text()));
			return new Placed(req, a, b, lane, false, !textLow, occupied[0], occupied[1], 0);
		}

		/** @return the same dimension with its text between the arrows moved along the line by that much */
		Placed offset(double along) {
			return new Placed(req, a, b, lane, inside, textLow, lo, hi, shift + along);
		}
	}

	private Lanes() {
	}

	/**
	 * @param reqs  the dimensions of one side
	 * @param along maps a request to its two coordinates along the measuring axis (sheet mm)
	 * @param lettering the text height
	 * @param textLow true to stand the text of a dimension too short for it past its low end (towards a neighbouring
	 *                view there, whose bare corner it may then share), false past its high end
	 * @return the placements
	 */
	static List<Placed> pack(List<Req.Linear> reqs, Function<Req.Linear, double[]> along, Lettering lettering, boolean textLow) {
		List<Placed> out = new ArrayList<>();
		List<Req.Linear> sorted = new ArrayList<>(reqs);
		sorted.sort(Comparator.comparingDouble(q -> {
			double[] ab = along.apply(q);
			return Math.abs(ab[1] - ab[0]);
		}));
		for (Req.Linear q : sorted) {
			double[] ab = along.apply(q);
			double a = Math.min(ab[0], ab[1]);
			double b = Math.max(ab[0], ab[1]);
			double tw = TextMetrics.width(q.text(), lettering.text());
			boolean inside = b - a >= tw + 2 * ARROW + 2;
			double[] occupied = interval(a, b, inside, textLow, tw);
			double lo = occupied[0];
			double hi = occupied[1];
			int lane = 0;
			for (Placed p : out) {
				if (crosses(p, a) || crosses(p, b)) {
					lane = Math.max(lane, p.lane + 1);
				}
			}
			while (occupied(out, lane, lo, hi)) {
				lane++;
			}
			out.add(new Placed(q, a, b, lane, inside, inside ? false : textLow, lo, hi));
		}
		return out;
	}

	/**
	 * @return the interval a dimension from a to b occupies along its lane {lo, hi}: its line with the arrows, and its text
	 *         where that stands past an end
	 */
	private static double[] interval(double a, double b, boolean inside, boolean textLow, double textWidth) {
		if (inside) {
			return new double[] { a - PAD, b + PAD };
		}
		return textLow ? new double[] { a - OUTSIDE - textWidth, b + ARROW + 1 } : new double[] { a - ARROW - 1, b + OUTSIDE + textWidth };
	}

	/**
	 * @param all the placements of one side
	 * @param p   a changed placement of one of them (its interval grown), in the same lane
	 * @return true when it keeps clear of the others of its lane and of the extension lines of the lanes further out
	 */
	static boolean fits(List<Placed> all, Placed p) {
		for (Placed q : all) {
			if (q.req == p.req) {
				continue;
			}
			if (q.lane == p.lane && overlaps(q, p.lo, p.hi) || q.lane > p.lane && (crosses(p, q.a) || crosses(p, q.b))) {
				return false;
			}
		}
		return true;
	}

	private static boolean crosses(Placed p, double x) {
		return x > p.lo + 0.3 && x < p.hi - 0.3;
	}

	private static boolean occupied(List<Placed> out, int lane, double lo, double hi) {
		for (Placed p : out) {
			if (p.lane == lane && overlaps(p, lo, hi)) {
				return true;
			}
		}
		return false;
	}

	/** @return true when the interval comes within 1.5 mm of the placed dimension's */
	private static boolean overlaps(Placed p, double lo, double hi) {
		return lo < p.hi + 1.5 && hi > p.lo - 1.5;
	}

	/** @return the depth the lanes take from the box, including text */
	static double depth(List<Placed> ps, Lettering lettering) {
		int max = -1;
		for (Placed p : ps) {
			max = Math.max(max, p.lane);
		}
		return max < 0 ? 0 : lettering.lane(max) + lettering.text() + 2;
	}
}
