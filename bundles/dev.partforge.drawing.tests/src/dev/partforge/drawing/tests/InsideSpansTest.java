// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.internal.Curve2;

/**
 * {@link Curve2#insideSpans}, the one cut of a curve by a region's boundary that the section outline, the hatching and
 * the centre lines of a section view share: pieces split at the boundary, kept by their midpoint, touching pieces joined.
 */
final class InsideSpansTest {

	private static final double EPS = 1e-12;

	private static List<Curve2> square(double x0, double y0, double x1, double y1) {
		return List.of(new Curve2.Seg(x0, y0, x1, y0), new Curve2.Seg(x1, y0, x1, y1), new Curve2.Seg(x1, y1, x0, y1),
				new Curve2.Seg(x0, y1, x0, y0));
	}

	/** A square 0..10 with a square hole 4..6: the line y = 5 from x = -5 to 15 is inside for x 0..4 and 6..10. */
	@Test
	void squareRing() {
		List<Curve2> boundary = new java.util.ArrayList<>(square(0, 0, 10, 10));
		boundary.addAll(square(4, 4, 6, 6));
		List<double[]> spans = Curve2.insideSpans(new Curve2.Seg(-5, 5, 15, 5), boundary,
				(x, y) -> x > 0 && x < 10 && y > 0 && y < 10 && !(x > 4 && x < 6 && y > 4 && y < 6));
		assertEquals(2, spans.size());
		assertArrayEquals(new double[] { 0.25, 0.45 }, spans.get(0), EPS);
		assertArrayEquals(new double[] { 0.55, 0.75 }, spans.get(1), EPS);
	}

	/** The same region's complement: what a centre line keeps outside the hatched material. */
	@Test
	void outsideIsTheComplement() {
		List<Curve2> boundary = new java.util.ArrayList<>(square(0, 0, 10, 10));
		boundary.addAll(square(4, 4, 6, 6));
		List<double[]> spans = Curve2.insideSpans(new Curve2.Seg(-5, 5, 15, 5), boundary,
				(x, y) -> !(x > 0 && x < 10 && y > 0 && y < 10 && !(x > 4 && x < 6 && y > 4 && y < 6)));
		assertEquals(3, spans.size());
		assertArrayEquals(new double[] { 0, 0.25 }, spans.get(0), EPS);
		assertArrayEquals(new double[] { 0.45, 0.55 }, spans.get(1), EPS);
		assertArrayEquals(new double[] { 0.75, 1 }, spans.get(2), EPS);
	}

	/**
	 * A notch whose tip touches the line: the polygon (0, 0), (10, 0), (10, 10), (5, 5), (0, 10) meets y = 5 at x = 0,
	 * 5 and 10; the two pieces either side of the tip are both inside and join into one span.
	 */
	@Test
	void touchingPiecesJoin() {
		List<Curve2> boundary = List.of(new Curve2.Seg(0, 0, 10, 0), new Curve2.Seg(10, 0, 10, 10), new Curve2.Seg(10, 10, 5, 5),
				new Curve2.Seg(5, 5, 0, 10), new Curve2.Seg(0, 10, 0, 0));
		List<double[]> spans = Curve2.insideSpans(new Curve2.Seg(-10, 5, 20, 5), boundary,
				(x, y) -> x > 0 && x < 10 && y > 0 && y < 5 + Math.abs(x - 5));
		assertEquals(1, spans.size());
		assertArrayEquals(new double[] { 1 / 3.0, 2 / 3.0 }, spans.getFirst(), EPS);
	}

	/** A circle of radius 5 cuts the diameter line -10..10 at t = 0.25 and 0.75; an arc is cut by a line too. */
	@Test
	void circlesAndArcs() {
		Curve2.Arc circle = new Curve2.Arc(0, 0, 5, 0, 2 * Math.PI);
		List<double[]> spans = Curve2.insideSpans(new Curve2.Seg(-10, 0, 10, 0), List.of(circle), (x, y) -> Math.hypot(x, y) < 5);
		assertEquals(1, spans.size());
		assertArrayEquals(new double[] { 0.25, 0.75 }, spans.getFirst(), EPS);
		// the upper half circle, cut by the half plane x > 0 (boundary: the y axis): the first half of the sweep
		Curve2.Arc upper = new Curve2.Arc(0, 0, 5, 0, Math.PI);
		List<double[]> right = Curve2.insideSpans(upper, List.of(new Curve2.Seg(0, -10, 0, 10)), (x, y) -> x > 0);
		assertEquals(1, right.size());
		assertArrayEquals(new double[] { 0, 0.5 }, right.getFirst(), EPS);
	}

	/** A piece shorter than the tolerance is no span. */
	@Test
	void slivers() {
		List<double[]> spans = Curve2.insideSpans(new Curve2.Seg(0, 0, 10, 0), square(10 - 1e-8, -1, 20, 1), (x, y) -> x > 10 - 1e-8);
		assertEquals(List.of(), spans);
	}
}
