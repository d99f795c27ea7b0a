// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

import java.util.List;
import java.util.Map;

/**
 * A device-independent drawing entity in sheet millimetres (origin at the bottom left corner of the
 * trimmed sheet, y up). Renderers (PDF, SVG, DXF, UI) draw each kind with the style of its
 * {@link Layer}.
 */
public sealed interface Entity {

	/** @return the layer (line type and width) */
	Layer layer();

	/**
	 * A straight line.
	 *
	 * @param layer layer
	 * @param x1    start x
	 * @param y1    start y
	 * @param x2    end x
	 * @param y2    end y
	 */
	record Line(Layer layer, double x1, double y1, double x2, double y2) implements Entity {
		/** @return the length in sheet millimetres */
		public double length() {
			return Math.hypot(x2 - x1, y2 - y1);
		}
	}

	/**
	 * A circular arc running counter-clockwise from {@code startDeg} by {@code sweepDeg} (360 for a
	 * full circle).
	 *
	 * @param layer    layer
	 * @param cx       centre x
	 * @param cy       centre y
	 * @param r        radius
	 * @param startDeg start angle in degrees from +x
	 * @param sweepDeg swept angle in degrees, in (0, 360]
	 */
	record Arc(Layer layer, double cx, double cy, double r, double startDeg, double sweepDeg) implements Entity {
		/** @return true for a full circle */
		public boolean full() {
			return sweepDeg >= 360 - 1e-9;
		}
	}

	/**
	 * A filled polygon (arrowheads, the projection symbol is drawn with lines).
	 *
	 * @param layer  layer
	 * @param points x0, y0, x1, y1, ... (at least three points)
	 */
	record Polygon(Layer layer, double[] points) implements Entity {
	}

	/**
	 * A single line of text (ISO 3098 type B upright).
	 *
	 * @param layer    layer
	 * @param x        anchor x
	 * @param y        anchor y (text baseline)
	 * @param height   capital height h in millimetres (3.5 for dimensions)
	 * @param angleDeg rotation in degrees (0 or 90)
	 * @param align    horizontal alignment at the anchor
	 * @param text     the text (may contain Ø, ×, °)
	 */
	record Text(Layer layer, double x, double y, double height, double angleDeg, Align align, String text) implements Entity {
	}

	/**
	 * Hatching of the cut faces of a section view (ISO 128-50): the region inside the boundary loops (by parity) filled
	 * with parallel lines at {@code angleDeg} every {@code spacing} millimetres. {@code lines} are those lines
	 * already clipped to the region, for renderers without a hatch primitive (PDF, SVG, the screen); DXF writes a HATCH
	 * entity from the loops and the pattern.
	 *
	 * @param layer    layer ({@link Layer#HATCH})
	 * @param loops    closed boundary loops, each x0, y0, b0, x1, y1, b1, ... where b is the bulge of the piece from
	 *                 that vertex to the next (tan of a quarter of an arc's sweep, negative clockwise, 0 for a line)
	 * @param angleDeg direction of the hatch lines, degrees from +x
	 * @param spacing  distance between neighbouring hatch lines in sheet millimetres
	 * @param lines    the clipped hatch lines, each x1, y1, x2, y2
	 */
	record Hatch(Layer layer, List<double[]> loops, double angleDeg, double spacing, List<double[]> lines) implements Entity {

		/** Copies the lists. */
		public Hatch {
			loops = List.copyOf(loops);
			lines = List.copyOf(lines);
		}
	}

	/** Horizontal text alignment at the anchor. */
	enum Align {
		/** Anchor at the start of the text. */
		LEFT,
		/** Anchor at the middle of the text. */
		CENTER,
		/** Anchor at the end of the text. */
		RIGHT
	}

	/**
	 * A dimension: what it measures and how it is drawn. The defining points are on the part in sheet
	 * millimetres; {@code value} is the measured recipe parameter in the recipe's units, so
	 * {@code distance(p1, p2) / scale / unit} equals {@code value} for linear and diameter dimensions.
	 *
	 * @param kind     linear, diameter, radius or hole callout
	 * @param param    the recipe parameter it states, e.g. {@code stock.width} or {@code F2.u}
	 * @param value    measured value in recipe units
	 * @param text     displayed text (first line for callouts)
	 * @param p1       first defining point (x, y): extension line origin, or a point on the circle
	 * @param p2       second defining point: extension line origin, the opposite point on a circle, or
	 *                 the centre of a radius
	 * @param line     a point on the dimension line (linear) or where the leader ends (others)
	 * @param angleDeg direction of measurement for linear dimensions (0 horizontal, 90 vertical)
	 * @param extras   further values stated by a callout (e.g. {@code F2.cbDiameter}), in recipe units
	 * @param graphics the rendered lines, arrowheads and text (on {@link Layer#DIMENSIONS})
	 */
	record Dimension(DimensionKind kind, String param, double value, String text, double[] p1, double[] p2, double[] line,
			double angleDeg, Map<String, Double> extras, List<Entity> graphics) implements Entity {

		/** Copies the collections. */
		public Dimension {
			extras = Map.copyOf(extras);
			graphics = List.copyOf(graphics);
		}

		@Override
		public Layer layer() {
			return Layer.DIMENSIONS;
		}

		/**
		 * @return true when the defining points measure {@link #value()}: linear, diameter and radius
		 *         dimensions and hole callouts (which point at the hole); false for notes such as depths
		 *         and chamfers, which a CAD file carries as leader and text
		 */
		public boolean measured() {
			return kind != DimensionKind.CALLOUT || param.endsWith(".diameter");
		}
	}
}
