// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.SymbolTexts;
import dev.partforge.drawing.TextMetrics;

/**
 * The one shape of each ISO 129-1 callout symbol ({@link CalloutSymbol}) and the split of a text into plain runs and
 * stroked symbols ({@link SymbolTexts}) that the SVG and DXF writers draw.
 */
final class CalloutSymbolTest {
	private static final double EPS = 1e-9;

	@Test
	void everySymbolStaysInItsAdvanceBetweenBaselineAndCapHeight() {
		for (CalloutSymbol s : CalloutSymbol.values()) {
			assertSame(s, CalloutSymbol.of(s.character()));
			double ink = CalloutSymbol.STROKE / 2;
			for (double[] p : s.strokes()) {
				for (int i = 0; i < p.length; i += 2) {
					assertTrue(Math.abs(p[i]) + ink <= s.advance() / 2 + EPS, s + " x " + p[i] + " inside its advance " + s.advance());
					assertTrue(p[i + 1] - ink >= -EPS && p[i + 1] <= 0.72 + EPS, s + " y " + p[i + 1] + " between baseline and cap height");
				}
			}
		}
		assertNull(CalloutSymbol.of('\u00D8'));
		assertEquals(TextMetrics.width("\u21A7", 3.5), CalloutSymbol.DEPTH.advance() * 3.5 * TextMetrics.FONT_PER_CAP * 1.02, EPS,
				"layout reserves the symbol's advance");
	}

	@Test
	void depthIsAnArrowDownOntoABarAtTheBottom() {
		List<double[]> strokes = CalloutSymbol.DEPTH.strokes();
		double bottom = Double.MAX_VALUE;
		double top = -Double.MAX_VALUE;
		for (double[] p : strokes) {
			for (int i = 1; i < p.length; i += 2) {
				bottom = Math.min(bottom, p[i]);
				top = Math.max(top, p[i]);
			}
		}
		double[] bar = null;
		double[] head = null;
		for (double[] p : strokes) {
			if (p.length == 4 && Math.abs(p[1] - p[3]) < EPS) {
				bar = p;
			} else if (p.length == 6) {
				head = p;
			}
		}
		assertTrue(bar != null && Math.abs(bar[1] - bottom) < EPS && Math.abs(bar[2] - bar[0]) >= 0.4, "a wide bar at the bottom");
		assertTrue(head != null && Math.abs(head[3] - bottom) < EPS && head[1] > head[3] && head[5] > head[3],
				"the arrow head points down onto the bar");
		assertTrue(top - bottom >= 0.6, "a stem of about the capital height");
	}

	@Test
	void counterboreIsOpenAtTheTopAndCountersinkIsA90DegreeV() {
		double[] cb = CalloutSymbol.COUNTERBORE.strokes().getFirst();
		assertEquals(8, cb.length, "one polyline of three sides");
		assertTrue(cb[1] > cb[3] && cb[7] > cb[5] && Math.abs(cb[3] - cb[5]) < EPS, "sides up from a bottom, no top");
		double[] cs = CalloutSymbol.COUNTERSINK.strokes().getFirst();
		assertEquals(6, cs.length);
		double[] left = { cs[0] - cs[2], cs[1] - cs[3] };
		double[] right = { cs[4] - cs[2], cs[5] - cs[3] };
		double cos = (left[0] * right[0] + left[1] * right[1]) / Math.hypot(left[0], left[1]) / Math.hypot(right[0], right[1]);
		assertEquals(90, Math.toDegrees(Math.acos(cos)), 1e-6, "included angle");
		assertTrue(cs[3] < cs[1] && cs[3] < cs[5], "apex at the bottom");
	}

	@Test
	void linesFollowTheTextsPositionSizeAndRotation() {
		List<Entity.Line> flat = CalloutSymbol.DEPTH.lines(Layer.DIMENSIONS, 10, 20, 4, 5, 0);
		List<Entity.Line> turned = CalloutSymbol.DEPTH.lines(Layer.DIMENSIONS, 10, 20, 4, 5, 90);
		assertEquals(flat.size(), turned.size());
		for (int i = 0; i < flat.size(); i++) {
			Entity.Line f = flat.get(i);
			Entity.Line t = turned.get(i);
			assertEquals(Layer.DIMENSIONS, f.layer());
			assertEquals(10 - (f.y1() - 20), t.x1(), EPS);
			assertEquals(20 + (f.x1() - 10), t.y1(), EPS);
			assertTrue(f.x1() >= 10 && f.x1() <= 14 && f.y1() >= 20 && f.y1() <= 20 + 0.72 * 5 + EPS);
		}
		Entity.Line stem = flat.getFirst();
		assertEquals(12, stem.x1(), EPS, "centred in its advance");
		assertEquals(20 + 0.72 * 5, stem.y1(), EPS);
	}

	@Test
	void aTextSplitsIntoRunsAtTheLayoutsOffsets() {
		Entity.Text t = new Entity.Text(Layer.DIMENSIONS, 50, 40, 3.5, 0, Entity.Align.CENTER, "\u2334\u00D811 \u21A76.8");
		List<SymbolTexts.Run> runs = SymbolTexts.runs(t);
		assertEquals(List.of("\u2334", "\u00D811 ", "\u21A7", "6.8"), runs.stream().map(SymbolTexts.Run::text).toList());
		assertSame(CalloutSymbol.COUNTERBORE, runs.get(0).symbol());
		assertNull(runs.get(1).symbol());
		assertEquals(TextMetrics.width("\u2334\u00D811 ", 3.5), runs.get(2).offset(), EPS);
		double w = TextMetrics.width(t.text(), 3.5);
		assertEquals(w / 2, SymbolTexts.lead(t), EPS);
		List<Entity> parts = SymbolTexts.explode(t);
		List<String> texts = new ArrayList<>();
		int lines = 0;
		for (Entity e : parts) {
			if (e instanceof Entity.Text p) {
				texts.add(p.text());
				assertEquals(Entity.Align.LEFT, p.align());
				assertEquals(40, p.y(), EPS);
			} else if (e instanceof Entity.Line l) {
				lines++;
				assertTrue(l.x1() >= 50 - w / 2 - EPS && l.x1() <= 50 + w / 2 + EPS);
			}
		}
		assertEquals(List.of("\u00D811 ", "6.8"), texts);
		assertEquals(CalloutSymbol.COUNTERBORE.strokes().getFirst().length / 2 - 1 + 4, lines, "3 sides and the depth's 4 lines");
		assertEquals(50 - w / 2 + runs.get(1).offset(), ((Entity.Text) parts.get(3)).x(), EPS);
		Entity.Text plain = new Entity.Text(Layer.TEXT, 0, 0, 3.5, 0, Entity.Align.RIGHT, "\u00D86.6 THRU");
		assertEquals(List.of(plain), SymbolTexts.explode(plain));
	}
}
