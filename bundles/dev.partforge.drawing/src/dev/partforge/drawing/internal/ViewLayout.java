// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;

/**
 * The annotations of one view at one scale, in local sheet coordinates (the part's box is [0, w] x
 * [0, h]): packed lanes on each side and stacked callouts on the right, and the margins they need. Each side's margin
 * is known in three stretches ({@link #margin(int, int)}): beside the box's own span and past each of its ends, so
 * that neighbouring views interlock where one's annotations reach past a corner (a short vertical dimension's text
 * above the box) and the other's do not.
 */
final class ViewLayout {
	/** Line pitch of callout text, with {@link Lettering#NORMAL} lettering. */
	static final double LINE = 5.6;
	/** From a leader's knee to the start of its text: the shoulder, and half a millimetre to the text. */
	static final double SHOULDER = 4;

	final ViewKind kind;
	/** True when the callouts stand right of the view ({@link #stackBeside}), false when stacked above it. */
	final boolean beside;
	final Lettering lettering;
	final Box box;
	final double k;
	final double w;
	final double h;
	final Map<Req.Side, List<Lanes.Placed>> lanes = new EnumMap<>(Req.Side.class);
	final List<Callout> callouts = new ArrayList<>();
	private final Map<Req.Side, Double> shift = new EnumMap<>(Req.Side.class);
	/** The callouts' requests. */
	private final List<Req.Leader> leaders;
	/** With the callouts beside the view: the right margin they stand beyond (lanes, a cutting-plane line's room). */
	private double besideFrom;
	/** Baseline of the lowest callout line (local sheet mm). */
	private double stackBase;
	/** How far the callout stack reaches above the box, and past its right end (0 when it does not). */
	private double stackTop;
	private double stackPast;
	/** The widest of each side's stretches ({@link #margin(int, int)}). */
	double left;
	double right;
	double bottom;
	double top;
	/** [side: 0 left, 1 bottom, 2 right, 3 top][stretch: 0 past the low end, 1 beside the span, 2 past the high end]. */
	private final double[][] stretches = new double[4][3];

	/**
	 * A leader annotation placed at its text block.
	 *
	 * @param req    the request
	 * @param anchor arrow tip (local sheet mm)
	 * @param textX  left of the text
	 * @param firstY baseline of the first (top) line
	 */
	record Callout(Req.Leader req, double[] anchor, double textX, double firstY) {
	}

	ViewLayout(ViewKind kind, Box box, double k, List<Req> reqs, boolean dimensions, Lettering lettering) {
		this(kind, box, k, reqs, dimensions, lettering, false, false, false);
	}

	/**
	 * @param textBelow true to stand the text of a vertical dimension too short for it below the dimension, false above
	 * @param textLeft  true to stand the text of a horizontal dimension too short for it left of the dimension, false
	 *                  right of it
	 * @param beside    true to stand the callouts right of the view, past its right lanes, false to stack them above it
	 */
	ViewLayout(ViewKind kind, Box box, double k, List<Req> reqs, boolean dimensions, Lettering lettering, boolean textBelow,
			boolean textLeft, boolean beside) {
		this.kind = kind;
		this.beside = beside;
		this.lettering = lettering;
		this.box = box;
		this.k = k;
		this.w = box.width() * k;
		this.h = box.height() * k;
		Map<Req.Side, List<Req.Linear>> bySide = new EnumMap<>(Req.Side.class);
		List<Req.Leader> leaders = new ArrayList<>();
		for (Req q : reqs) {
			if (q.view() != kind || !dimensions) {
				continue;
			}
			if (q instanceof Req.Linear l) {
				bySide.computeIfAbsent(l.side(), s -> new ArrayList<>()).add(l);
			} else if (q instanceof Req.Leader l) {
				leaders.add(l);
			}
		}
		bySide.forEach((side, list) -> lanes.put(side, new ArrayList<>(Lanes.pack(list, l -> l.horizontal()
				? new double[] { x(l.a().x()), x(l.b().x()) }
				: new double[] { y(l.a().y()), y(l.b().y()) }, lettering, side == Req.Side.TOP || side == Req.Side.BOTTOM ? textLeft : textBelow))));
		if (!beside) {
			clearTexts(leaders.stream().map(l -> x(l.anchor().x())).toList());
		}
		// corners: where horizontal text runs past the box's side and vertical text past its top or
		// bottom, the vertical lanes move out beyond the horizontal text
		double hRight = Math.max(over(Req.Side.TOP, w, true), over(Req.Side.BOTTOM, w, true));
		double hLeft = Math.max(over(Req.Side.TOP, 0, false), over(Req.Side.BOTTOM, 0, false));
		if (hRight > 0 && (over(Req.Side.RIGHT, h, true) > 0 || over(Req.Side.RIGHT, 0, false) > 0)) {
			shift.put(Req.Side.RIGHT, hRight + 1);
		}
		if (hLeft > 0 && (over(Req.Side.LEFT, h, true) > 0 || over(Req.Side.LEFT, 0, false) > 0)) {
			shift.put(Req.Side.LEFT, hLeft + 1);
		}
		double dl = Lanes.depth(lanes.getOrDefault(Req.Side.LEFT, List.of()), lettering) + shift(Req.Side.LEFT);
		double dr = Lanes.depth(lanes.getOrDefault(Req.Side.RIGHT, List.of()), lettering) + shift(Req.Side.RIGHT);
		double db = Lanes.depth(lanes.getOrDefault(Req.Side.BOTTOM, List.of()), lettering);
		double dt = Lanes.depth(lanes.getOrDefault(Req.Side.TOP, List.of()), lettering);
		// a side's lanes whose text runs past an end of the box take their whole depth past that end; the text itself
		// takes its run (and 2 mm) past the neighbouring side
		stretches[0] = new double[] { Math.max(past(Req.Side.BOTTOM, 0, false), reaches(Req.Side.LEFT, 0, false, dl)), Math.max(4, dl),
				Math.max(past(Req.Side.TOP, 0, false), reaches(Req.Side.LEFT, h, true, dl)) };
		stretches[2] = new double[] { Math.max(past(Req.Side.BOTTOM, w, true), reaches(Req.Side.RIGHT, 0, false, dr)), Math.max(4, dr),
				Math.max(past(Req.Side.TOP, w, true), reaches(Req.Side.RIGHT, h, true, dr)) };
		stretches[1] = new double[] { Math.max(past(Req.Side.LEFT, 0, false), reaches(Req.Side.BOTTOM, 0, false, db)), Math.max(4, db),
				Math.max(past(Req.Side.RIGHT, 0, false), reaches(Req.Side.BOTTOM, w, true, db)) };
		stretches[3] = new double[] { Math.max(past(Req.Side.LEFT, h, true), reaches(Req.Side.TOP, 0, false, dt)), Math.max(4, dt),
				Math.max(past(Req.Side.RIGHT, h, true), reaches(Req.Side.TOP, w, true, dt)) };
		widest();
		this.leaders = leaders;
		besideFrom = right;
		if (beside) {
			stackBeside();
		} else {
			stack(leaders);
		}
	}

	/**
	 * @param side    0 left, 1 bottom, 2 right, 3 top
	 * @param stretch 0 past the low end of the box's span on that side (below it for left and right, left of it for
	 *                bottom and top), 1 beside the span, 2 past the high end
	 * @return how far the view's annotations reach out from the box on that side, in that stretch
	 */
	double margin(int side, int stretch) {
		return stretches[side][stretch];
	}

	/**
	 * Widens one side's margin in all its stretches (room for a reference arrow or letter at its outer edge).
	 *
	 * @param side   0 left, 1 bottom, 2 right, 3 top
	 * @param amount how much further out the outer edge goes
	 */
	void grow(int side, double amount) {
		double outer = side(side) + amount;
		Arrays.fill(stretches[side], outer);
		widest();
	}

	/** Sets every stretch of a side to at least a margin. */
	private void floor(int side, double least) {
		for (int i = 0; i < 3; i++) {
			stretches[side][i] = Math.max(stretches[side][i], least);
		}
	}

	private double side(int side) {
		return Math.max(stretches[side][0], Math.max(stretches[side][1], stretches[side][2]));
	}

	private void widest() {
		left = side(0);
		bottom = side(1);
		right = side(2);
		top = side(3);
	}

	/**
	 * @return how far (with 2 mm) a side's lanes run past a limit, or 0 when they stay inside it (a dimension line
	 *         ending on the limit, its arrow inside, counts as inside: {@link Lanes#PAD})
	 */
	private double past(Req.Side side, double limit, boolean beyond) {
		double o = over(side, limit, beyond);
		return o > Lanes.PAD + 1e-9 ? o + 2 : 0;
	}

	/** @return the side's whole lane depth where its lanes run past a limit, else 0 */
	private double reaches(Req.Side side, double limit, boolean beyond, double depth) {
		return over(side, limit, beyond) > Lanes.PAD + 1e-9 ? depth : 0;
	}

	/**
	 * Widens the margins to at least the given ones (the room a cutting-plane line needs past the box).
	 *
	 * @param minLeft   left margin
	 * @param minRight  right margin
	 * @param minTop    top margin
	 * @param minBottom bottom margin
	 */
	void reserve(double minLeft, double minRight, double minTop, double minBottom) {
		floor(0, minLeft);
		floor(2, minRight);
		floor(1, minBottom);
		floor(3, minTop);
		if (beside) {
			// the callouts beside the view move right past the reserved room
			if (!callouts.isEmpty() && minRight > besideFrom) {
				besideFrom = minRight;
				callouts.clear();
				stackBeside();
			}
			widest();
			return;
		}
		// the callouts stacked above the view move up above the reserved room
		double lift = h + minTop + 1 - stackBase;
		if (!callouts.isEmpty() && lift > 0) {
			callouts.replaceAll(c -> new Callout(c.req(), c.anchor(), c.textX(), c.firstY() + lift));
			stackBase += lift;
			stackTop += lift;
			stackStretches();
		}
		widest();
	}

	/**
	 * Makes room under the bottom lanes (a section's label): the margin grows only where the lanes leave less.
	 *
	 * @param clear how far below the box the room starts at least
	 * @param room  the room's height
	 */
	void below(double clear, double room) {
		floor(1, Math.max(bottom, Math.max(clear, Lanes.depth(lanes.getOrDefault(Req.Side.BOTTOM, List.of()), lettering)) + room));
		widest();
	}

	/** @return extra distance of a side's first lane from the box */
	double shift(Req.Side side) {
		return shift.getOrDefault(side, 0.0);
	}

	/** @return how far the lanes of a side run past a limit (upwards/rightwards when beyond, else below it) */
	private double over(Req.Side side, double limit, boolean beyond) {
		double m = 0;
		for (Lanes.Placed p : lanes.getOrDefault(side, List.of())) {
			m = Math.max(m, beyond ? p.hi() - limit : limit - p.lo());
		}
		return m;
	}

	double x(double r) {
		return (r - box.minX()) * k;
	}

	double y(double u) {
		return (u - box.minY()) * k;
	}

	/**
	 * Callouts stack above the view: the one whose anchor lies furthest right nearest the view, so that each vertical
	 * leader rises to the left of every text block below its own and no leader crosses a callout text. Leaders touch the
	 * curve at its top point, so they are radial; the texts of the dimensions above the view step aside from them
	 * ({@link #clearTexts}).
	 */
	private void stack(List<Req.Leader> leaders) {
		if (leaders.isEmpty()) {
			return;
		}
		leaders.sort(Comparator.comparingDouble((Req.Leader l) -> -l.anchor().x()).thenComparingDouble(l -> -l.anchor().y()));
		double y = h + top + 4;
		stackBase = y;
		double reach = w;
		for (Req.Leader l : leaders) {
			double first = y + (l.lines().size() - 1) * lettering.line();
			double[] a = { x(l.anchor().x()), y(l.anchor().y()) };
			callouts.add(new Callout(l, a, a[0] + SHOULDER, first));
			y = first + lettering.line();
			for (String s : l.lines()) {
				reach = Math.max(reach, a[0] + SHOULDER + TextMetrics.width(s, lettering.text()) + 1);
			}
		}
		stackTop = y - h;
		stackPast = reach > w ? reach - w + 2 : 0;
		stackStretches();
		widest();
	}

	/**
	 * Moves the text of a dimension above the view out of the way of the leaders rising through the lanes to the
	 * callouts stacked above: a text between the arrows along its dimension line, off its middle, to the nearest place
	 * clear of every leader (0.6 mm) that keeps it between the arrows; a text past one end of its dimension past the
	 * other end, where that is clear of the leaders and of the lane's other dimensions.
	 *
	 * @param rising the x of each leader rising through the lanes above the view
	 */
	private void clearTexts(List<Double> rising) {
		List<Lanes.Placed> above = lanes.get(Req.Side.TOP);
		if (above == null) {
			return;
		}
		List<Lanes.Placed> all = new ArrayList<>(above);
		above.replaceAll(p -> {
			if (clear(p.textSpan(lettering), 0, rising)) {
				return p;
			}
			if (!p.inside()) {
				Lanes.Placed q = p.flipped(lettering);
				return clear(q.textSpan(lettering), 0, rising) && Lanes.fits(all, q) ? q : p;
			}
			double[] span = p.textSpan(lettering);
			double best = Double.NaN;
			for (double x : rising) {
				for (double offset : new double[] { x + 0.6 - span[0], x - 0.6 - span[1] }) {
					boolean between = span[0] + offset >= p.a() + Lanes.ARROW + 0.5 && span[1] + offset <= p.b() - Lanes.ARROW - 0.5;
					if (between && clear(span, offset, rising) && (Double.isNaN(best) || Math.abs(offset) < Math.abs(best))) {
						best = offset;
					}
				}
			}
			return Double.isNaN(best) ? p : p.offset(best);
		});
	}

	/** @return true when the span moved by the offset keeps 0.6 mm from every x */
	private static boolean clear(double[] span, double offset, List<Double> xs) {
		for (double x : xs) {
			if (x > span[0] + offset - 0.6 + 1e-9 && x < span[1] + offset + 0.6 - 1e-9) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Callouts stand right of the view, past its right lanes, top down from the box's top: the one whose anchor lies
	 * highest first, so that the leaders fan out in the order of their texts. Each leader runs straight from the curve to
	 * its knee at the start of its shoulder; on a whole circle it touches the circle on the line from the centre to the
	 * knee, so that it is radial.
	 */
	private void stackBeside() {
		if (leaders.isEmpty()) {
			return;
		}
		leaders.sort(Comparator.comparingDouble((Req.Leader l) -> -l.anchor().y()).thenComparingDouble(l -> l.anchor().x()));
		double textX = w + besideFrom + SHOULDER + 2;
		double first = h - lettering.text();
		double reach = w;
		for (Req.Leader l : leaders) {
			int n = l.lines().size();
			double[] knee = { textX - SHOULDER, kneeY(first, n) };
			callouts.add(new Callout(l, anchorTowards(l, knee), textX, first));
			for (String s : l.lines()) {
				reach = Math.max(reach, textX + TextMetrics.width(s, lettering.text()) + 1);
			}
			first -= n * lettering.line();
		}
		double low = first + lettering.line() - 1.5;
		stretches[2][1] = Math.max(stretches[2][1], reach - w);
		if (low < 0) {
			stretches[2][0] = Math.max(stretches[2][0], reach - w);
			stretches[1][2] = Math.max(stretches[1][2], -low);
		}
		widest();
	}

	/** @return where the leader touches its curve: on a whole circle, towards the knee; else at the anchor */
	private double[] anchorTowards(Req.Leader l, double[] knee) {
		double[] anchor = { x(l.anchor().x()), y(l.anchor().y()) };
		if (!l.round()) {
			return anchor;
		}
		double[] c = { x(l.centre().x()), y(l.centre().y()) };
		double d = Math.hypot(knee[0] - c[0], knee[1] - c[1]);
		double r = l.radius() * k;
		return d < 1e-9 ? anchor : new double[] { c[0] + r * (knee[0] - c[0]) / d, c[1] + r * (knee[1] - c[1]) / d };
	}

	/**
	 * @param c a callout of this view
	 * @return its leader's knee, where the shoulder starts (local sheet mm): under its last line, above its anchor or
	 *         before its text
	 */
	double[] knee(Callout c) {
		return new double[] { c.textX() - SHOULDER, kneeY(c.firstY(), c.req().lines().size()) };
	}

	/** @return the height of a leader's shoulder: just under the last of its lines */
	private double kneeY(double firstY, int lines) {
		return firstY - (lines - 1) * lettering.line() - 1;
	}

	/**
	 * The callout stack lies over the box's span, above everything else there, and past its right end where a text
	 * runs beyond it (leaders rise from the view, texts start right of them).
	 */
	private void stackStretches() {
		stretches[3][1] = Math.max(stretches[3][1], stackTop);
		if (stackPast > 0) {
			stretches[3][2] = Math.max(stretches[3][2], stackTop);
			stretches[2][2] = Math.max(stretches[2][2], stackPast);
		}
	}
}
