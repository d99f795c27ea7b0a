// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;

/**
 * The annotations of one view at one scale, in local sheet coordinates (the part's box is [0, w] x
 * [0, h]): packed lanes on each side and stacked callouts on the right, and the margins they need.
 */
final class ViewLayout {
	/** Line pitch of callout text, with {@link Lettering#NORMAL} lettering. */
	static final double LINE = 5.6;

	final ViewKind kind;
	final Lettering lettering;
	final Box box;
	final double k;
	final double w;
	final double h;
	final Map<Req.Side, List<Lanes.Placed>> lanes = new EnumMap<>(Req.Side.class);
	final List<Callout> callouts = new ArrayList<>();
	private final Map<Req.Side, Double> shift = new EnumMap<>(Req.Side.class);
	/** Baseline of the lowest callout line (local sheet mm). */
	private double stackBase;
	double left;
	double right;
	double bottom;
	double top;

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
		this.kind = kind;
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
		bySide.forEach((side, list) -> lanes.put(side, Lanes.pack(list, l -> l.horizontal()
				? new double[] { x(l.a().x()), x(l.b().x()) }
				: new double[] { y(l.a().y()), y(l.b().y()) }, lettering)));
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
		left = Math.max(Math.max(4, hLeft + 2), Lanes.depth(lanes.getOrDefault(Req.Side.LEFT, List.of()), lettering) + shift(Req.Side.LEFT));
		right = Math.max(Math.max(4, hRight + 2), Lanes.depth(lanes.getOrDefault(Req.Side.RIGHT, List.of()), lettering) + shift(Req.Side.RIGHT));
		bottom = Math.max(4, Math.max(Lanes.depth(lanes.getOrDefault(Req.Side.BOTTOM, List.of()), lettering),
				Math.max(over(Req.Side.LEFT, 0, false), over(Req.Side.RIGHT, 0, false)) + 2));
		top = Math.max(4, Math.max(Lanes.depth(lanes.getOrDefault(Req.Side.TOP, List.of()), lettering),
				Math.max(over(Req.Side.LEFT, h, true), over(Req.Side.RIGHT, h, true)) + 2));
		stack(leaders);
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
		left = Math.max(left, minLeft);
		right = Math.max(right, minRight);
		bottom = Math.max(bottom, minBottom);
		if (callouts.isEmpty()) {
			top = Math.max(top, minTop);
			return;
		}
		// the callouts stacked above the view move up above the reserved room
		double lift = h + minTop + 1 - stackBase;
		if (lift > 0) {
			callouts.replaceAll(c -> new Callout(c.req(), c.anchor(), c.textX(), c.firstY() + lift));
			stackBase += lift;
			top += lift;
		}
	}

	/**
	 * Makes room under the bottom lanes (a section's label): the margin grows only where the lanes leave less.
	 *
	 * @param clear how far below the box the room starts at least
	 * @param room  the room's height
	 */
	void below(double clear, double room) {
		bottom = Math.max(bottom, Math.max(clear, Lanes.depth(lanes.getOrDefault(Req.Side.BOTTOM, List.of()), lettering)) + room);
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
	 * Callouts stack above the view: the one whose anchor lies furthest right nearest the view, so
	 * that each vertical leader rises to the left of every text block below its own and no leader
	 * crosses a callout text. Leaders touch the curve at its top point, so they are radial.
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
			double[] a = { x(l.anchor().x()), y(l.anchor().y()) };
			double first = y + (l.lines().size() - 1) * lettering.line();
			callouts.add(new Callout(l, a, a[0] + 4, first));
			y = first + lettering.line();
			for (String s : l.lines()) {
				reach = Math.max(reach, a[0] + 4 + TextMetrics.width(s, lettering.text()) + 1);
			}
		}
		top = y - h;
		right = Math.max(right, reach - w + 2);
	}
}
