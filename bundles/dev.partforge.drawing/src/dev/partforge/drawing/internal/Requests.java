// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.partforge.drawing.TextMetrics;
import dev.partforge.drawing.ViewKind;
import dev.partforge.geometry.Vec3;

/**
 * Collects the annotation requests of one drawing, in order: what {@link StockAnnotator} and
 * {@link FeatureAnnotator} state, then the axes of round features in the views across them.
 */
final class Requests {
	/** Multiplication sign and space, as in {@code 4× Ø6}. */
	static final String TIMES = "\u00D7 ";
	/** Diameter sign. */
	static final String DIAMETER = "\u00D8";

	private final Map<ViewKind, Box> boxes;
	private final boolean inch;
	private final List<Req> requests = new ArrayList<>();
	private final List<Axis3> axes = new ArrayList<>();

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
