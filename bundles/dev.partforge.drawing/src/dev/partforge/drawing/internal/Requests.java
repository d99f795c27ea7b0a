// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;

/**
 * Collects the annotation requests of one drawing, in order: what {@link StockAnnotator} and
 * {@link FeatureAnnotator} state, then the axes of round features in the views across them. Each value is stated
 * once (ISO 129-1): a linear dimension with the same text over the same extent of a model axis as an earlier one, in
 * any view, is not added; the earlier one states its parameter too.
 */
final class Requests {
	/** Multiplication sign and space, as in {@code 4× Ø6}. */
	static final String TIMES = "\u00D7 ";
	/** Diameter sign. */
	static final String DIAMETER = "\u00D8";
	/** ISO 129-1 depth symbol (U+21A7), written before the depth: {@code ↧6.8}. */
	static final String DEPTH = "\u21A7";
	/** ISO 129-1 counterbore symbol (U+2334), before the counterbore's diameter: {@code ⌴Ø11 ↧6.8}. */
	static final String COUNTERBORE = "\u2334";
	/** ISO 129-1 countersink symbol (U+2335), before the countersink's diameter: {@code ⌵Ø12 × 90°}. */
	static final String COUNTERSINK = "\u2335";

	private final Map<ViewKind, Box> boxes;
	private final boolean inch;
	private final List<Req> requests = new ArrayList<>();
	/** Index in {@link #requests} of the linear dimension stating a text over a model extent. */
	private final Map<Extent, Integer> stated = new HashMap<>();
	private final List<Axis3> axes = new ArrayList<>();

	/**
	 * What a linear dimension states: a text over an interval of one model axis (millimetres, rounded to a micrometre).
	 */
	private record Extent(int axis, long low, long high, String text) {

		static Extent of(Vec3 direction, Vec3 a, Vec3 b, String text) {
			int axis = Math.abs(direction.x()) > 0.5 ? 0 : Math.abs(direction.y()) > 0.5 ? 1 : 2;
			double sign = direction.x() + direction.y() + direction.z();
			double ca = sign * a.dot(direction);
			double cb = sign * b.dot(direction);
			return new Extent(axis, Math.round(Math.min(ca, cb) * 1e3), Math.round(Math.max(ca, cb) * 1e3), text);
		}
	}

	/** An axis of a round feature or of round stock, in model millimetres. */
	private record Axis3(Vec3 from, Vec3 to) {
	}

	/**
	 * @param boxes the part's box in every view (model millimetres)
	 * @param inch  whether values are written as inches
	 */
	Requests(Map<ViewKind, Box> boxes, boolean inch) {
		this.boxes = boxes;
		this.inch = inch;
	}

	/** @param request a request to add */
	void add(Req request) {
		requests.add(request);
	}

	/** @param from one end @param to the other end of an axis, drawn in every view across it */
	void axis(Vec3 from, Vec3 to) {
		axes.add(new Axis3(from, to));
	}

	/** @param view a view @return the part's box in it */
	Box box(ViewKind view) {
		return boxes.get(view);
	}

	/** @param value a value in recipe units @return it as written on the drawing */
	String number(double value) {
		return TextMetrics.number(value, inch);
	}

	/** @param count instances of a feature @return {@code "4× "}, or nothing for one */
	static String countPrefix(int count) {
		return count > 1 ? count + TIMES : "";
	}

	/** A linear dimension stating a value with its own number as text. */
	void linear(ViewKind view, Vec3 a, Vec3 b, boolean horizontal, ParamKey key, double value) {
		linear(view, a, b, horizontal, key, value, number(value), Map.of());
	}

	/** A linear dimension between two model points, in the lane on the side of the view's box nearer to them. */
	void linear(ViewKind view, Vec3 a3, Vec3 b3, boolean horizontal, ParamKey key, double value, String text,
			Map<ParamKey, Double> extras) {
		Point2 a = Point2.in(view, a3);
		Point2 b = Point2.in(view, b3);
		Box box = boxes.get(view);
		Req.Side side;
		if (horizontal) {
			side = (a.y() + b.y()) / 2 > box.centreY() + Tolerance.POINT ? Req.Side.TOP : Req.Side.BOTTOM;
		} else {
			side = (a.x() + b.x()) / 2 > box.centreX() + Tolerance.POINT ? Req.Side.RIGHT : Req.Side.LEFT;
		}
		Extent extent = Extent.of(horizontal ? view.right() : view.up(), a3, b3, text);
		Integer earlier = stated.get(extent);
		if (earlier != null) {
			// ISO 129-1: each dimension once; the earlier dimension states this parameter too
			Req.Linear first = (Req.Linear) requests.get(earlier);
			Map<ParamKey, Double> more = new LinkedHashMap<>(first.extras());
			more.put(key, value);
			more.putAll(extras);
			requests.set(earlier, new Req.Linear(first.view(), first.side(), first.a(), first.b(), first.param(), first.value(),
					first.text(), Collections.unmodifiableMap(more)));
			return;
		}
		stated.put(extent, requests.size());
		requests.add(new Req.Linear(view, side, a, b, key, value, text, extras));
	}

	/**
	 * Adds the axes to the views across them and returns every request.
	 *
	 * @param views the views drawn
	 * @return the requests, in drawing order
	 */
	List<Req> finish(Set<ViewKind> views) {
		for (Axis3 axis : axes) {
			Vec3 dir = axis.to().minus(axis.from()).normalized();
			for (ViewKind view : views) {
				if (Math.abs(dir.dot(view.forward())) < 0.5) {
					requests.add(new Req.Axis(view, Point2.in(view, axis.from()), Point2.in(view, axis.to())));
				}
			}
		}
		return List.copyOf(requests);
	}
}
