// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.SymbolTexts;
import dev.partforge.drawing.TextMetrics;

/**
 * Writes drawing sheets as one SVG 1.1 document in millimetres (width and height in mm, viewBox in
 * mm, so it prints at true scale). Sheets are stacked vertically, 10 mm apart, each a nested
 * {@code <svg>}; inside, one {@code <g>} per layer with its ISO 128 width and dash pattern, every
 * dimension a group carrying its parameter and value ({@code data-param}, {@code data-value}). Text is
 * real text (Helvetica/Arial); the ISO 129-1 symbols ↧ ⌴ ⌵ of the callouts are stroked in their one shape
 * ({@link CalloutSymbol}, as the editor, PDF and DXF draw them) rather than left to the viewer's fonts, their
 * characters kept in the text, invisible, so that it searches and copies whole.
 */
public final class SvgDrawingWriter {
	/** The font-family of all text: Helvetica's metrics, then fonts with the ISO 129-1 symbols' glyphs. */
	public static final String FONTS = "Helvetica, Arial, 'DejaVu Sans', 'Noto Sans Symbols', sans-serif";
	private static final double GAP = 10;

	private SvgDrawingWriter() {
	}

	/**
	 * @param sheets the sheets
	 * @param title  document title
	 * @param out    target; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(List<Sheet> sheets, String title, OutputStream out) throws IOException {
		double w = 0;
		double h = -GAP;
		for (Sheet s : sheets) {
			w = Math.max(w, s.paper().width());
			h += s.paper().height() + GAP;
		}
		Writer o = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		o.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		o.write(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%smm\" height=\"%smm\" viewBox=\"0 0 %s %s\">%n",
				n(w), n(h), n(w), n(h)));
		o.write("<title>" + esc(title) + "</title>\n");
		double y = 0;
		for (Sheet s : sheets) {
			sheet(o, s, y);
			y += s.paper().height() + GAP;
		}
		o.write("</svg>\n");
		o.flush();
	}

	private static void sheet(Writer o, Sheet s, double y) throws IOException {
		double ph = s.paper().height();
		o.write(String.format(Locale.ROOT, "<svg id=\"sheet-%s\" x=\"0\" y=\"%s\" width=\"%s\" height=\"%s\" viewBox=\"0 0 %s %s\">%n",
				esc(s.partId()), n(y), n(s.paper().width()), n(ph), n(s.paper().width()), n(ph)));
		o.write(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%s\" height=\"%s\" fill=\"white\"/>%n", n(s.paper().width()), n(ph)));
		for (Layer l : Layer.values()) {
			o.write("<g id=\"" + s.partId().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + l.name() + "\" class=\"" + l.name()
					+ "\" fill=\"none\" stroke=\"black\" stroke-width=\"" + n(l.lineWidth()) + "\"" + dashes(l) + ">\n");
			for (Entity e : s.entities()) {
				if (e.layer() == l) {
					entity(o, e, ph);
				}
			}
			o.write("</g>\n");
		}
		o.write("</svg>\n");
	}

	private static String dashes(Layer l) {
		double[] d = l.dashPattern();
		if (d.length == 0) {
			return "";
		}
		StringBuilder sb = new StringBuilder(" stroke-dasharray=\"");
		for (int i = 0; i < d.length; i++) {
			sb.append(i > 0 ? " " : "").append(n(d[i]));
		}
		return sb.append('"').toString();
	}

	private static void entity(Writer o, Entity e, double ph) throws IOException {
		switch (e) {
		case Entity.Line l -> o.write("<line x1=\"" + n(l.x1()) + "\" y1=\"" + n(ph - l.y1()) + "\" x2=\"" + n(l.x2()) + "\" y2=\""
				+ n(ph - l.y2()) + "\"/>\n");
		case Entity.Arc a -> {
			if (a.full()) {
				o.write("<circle cx=\"" + n(a.cx()) + "\" cy=\"" + n(ph - a.cy()) + "\" r=\"" + n(a.r()) + "\"/>\n");
			} else {
				double s = Math.toRadians(a.startDeg());
				double t = Math.toRadians(a.startDeg() + a.sweepDeg());
				o.write("<path d=\"M " + n(a.cx() + a.r() * Math.cos(s)) + " " + n(ph - a.cy() - a.r() * Math.sin(s)) + " A " + n(a.r()) + " "
						+ n(a.r()) + " 0 " + (a.sweepDeg() > 180 ? 1 : 0) + " 0 " + n(a.cx() + a.r() * Math.cos(t)) + " "
						+ n(ph - a.cy() - a.r() * Math.sin(t)) + "\"/>\n");
			}
		}
		case Entity.Polygon p -> {
			double[] q = p.points();
			StringBuilder sb = new StringBuilder("<polygon fill=\"black\" stroke=\"none\" points=\"");
			for (int i = 0; i < q.length; i += 2) {
				sb.append(i > 0 ? " " : "").append(n(q[i])).append(',').append(n(ph - q[i + 1]));
			}
			o.write(sb.append("\"/>\n").toString());
		}
		case Entity.Hatch h -> {
			StringBuilder sb = new StringBuilder("<path class=\"hatch\" d=\"");
			for (double[] l : h.lines()) {
				sb.append("M ").append(n(l[0])).append(' ').append(n(ph - l[1])).append(" L ").append(n(l[2])).append(' ').append(n(ph - l[3]))
						.append(' ');
			}
			o.write(sb.toString().strip() + "\"/>\n");
		}
		case Entity.Text t -> text(o, t, ph);
		case Entity.Dimension d -> {
			o.write("<g class=\"dimension " + d.kind().name().toLowerCase(Locale.ROOT) + "\" data-param=\"" + esc(d.param())
					+ "\" data-value=\"" + n(d.value()) + "\">\n");
			for (Entity g : d.graphics()) {
				entity(o, g, ph);
			}
			o.write("</g>\n");
		}
		}
	}

	/**
	 * A text; one holding callout symbols is written left aligned with each plain run and each symbol in a
	 * {@code <tspan>} at the layout's offset, the symbols' characters invisible (they keep the text whole for search and
	 * copy, the viewer's fonts do not draw them) and their shapes stroked after it ({@link CalloutSymbol}).
	 */
	private static void text(Writer o, Entity.Text t, double ph) throws IOException {
		boolean symbols = CalloutSymbol.in(t.text());
		String anchor = symbols ? "start" : switch (t.align()) {
		case LEFT -> "start";
		case CENTER -> "middle";
		case RIGHT -> "end";
		};
		o.write("<text x=\"" + n(t.x()) + "\" y=\"" + n(ph - t.y()) + "\" font-family=\"" + FONTS + "\" font-size=\""
				+ n(t.height() * TextMetrics.FONT_PER_CAP) + "\" text-anchor=\"" + anchor + "\" fill=\"black\" stroke=\"none\""
				+ (t.angleDeg() != 0 ? " transform=\"rotate(" + n(-t.angleDeg()) + " " + n(t.x()) + " " + n(ph - t.y()) + ")\"" : "") + ">");
		if (!symbols) {
			o.write(esc(t.text()) + "</text>\n");
			return;
		}
		double left = t.x() - SymbolTexts.lead(t);
		for (SymbolTexts.Run r : SymbolTexts.runs(t)) {
			o.write("<tspan x=\"" + n(left + r.offset()) + "\"" + (r.symbol() != null ? " fill=\"none\"" : "") + ">" + esc(r.text()) + "</tspan>");
		}
		o.write("</text>\n");
		StringBuilder d = new StringBuilder("<path class=\"symbol\" d=\"");
		for (Entity e : SymbolTexts.explode(t)) {
			if (e instanceof Entity.Line l) {
				d.append("M ").append(n(l.x1())).append(' ').append(n(ph - l.y1())).append(" L ").append(n(l.x2())).append(' ')
						.append(n(ph - l.y2())).append(' ');
			}
		}
		o.write(d.toString().strip() + "\"/>\n");
	}

	private static String n(double v) {
		String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
		return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
