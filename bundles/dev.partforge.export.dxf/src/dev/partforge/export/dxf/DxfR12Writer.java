// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entities;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.SymbolTexts;

/**
 * Writes drawing sheets as DXF R12 (AC1009) for machines and CAM tools that read nothing newer: the
 * same model space as the R2013 file (1:1 in the drawing's units, sheets side by side, the same layers
 * and colours) made of LINE, ARC, CIRCLE, SOLID (arrowheads) and TEXT only; dimensions and callouts
 * are exploded into their lines, arrowheads and text on layer DIMENSIONS. No handles, no classes, no
 * objects, no entity linetype scale (R12 has none): the ISO dash patterns are defined at their paper
 * lengths and $LTSCALE restores paper size. Text in Windows-1252 ($DWGCODEPAGE ANSI_1252), Ø and °
 * as %%c and %%d, other characters as \U+XXXX; the ISO 129-1 callout symbols as LINEs of their shape between TEXTs
 * of the plain runs, as in R2013. Part id, seed and level go into a comment (999) since
 * R12 has no custom properties.
 */
final class DxfR12Writer {
	private static final Charset CP1252 = Charset.forName("windows-1252");

	private final List<Sheet> sheets;
	private double f;

	private DxfR12Writer(List<Sheet> sheets) {
		this.sheets = List.copyOf(sheets);
	}

	/**
	 * @param sheets   the drawings, all in the same units
	 * @param metadata written as a comment at the top of the file
	 * @param out      target; not closed
	 * @throws IOException when writing fails
	 */
	static void write(List<Sheet> sheets, Map<String, String> metadata, OutputStream out) throws IOException {
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("no sheet to write");
		}
		out.write(new DxfR12Writer(sheets).build(metadata).getBytes(CP1252));
	}

	private String build(Map<String, String> metadata) {
		double[] ext = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		DxfOut ents = new DxfOut(new int[1]);
		double offset = 0;
		for (Sheet s : sheets) {
			f = DxfDrawingWriter.factor(s);
			for (Entity e : s.entities()) {
				entity(ents, offset == 0 ? e : Entities.translate(e, offset / f, 0), e.layer().name(), ext);
			}
			offset += (s.paper().width() + 20) * f;
		}
		Sheet first = sheets.getFirst();
		f = DxfDrawingWriter.factor(first);
		DxfOut o = new DxfOut(new int[1]);
		StringBuilder comment = new StringBuilder("PartForge drawing");
		metadata.forEach((k, v) -> comment.append("; ").append(k).append('=').append(v));
		o.g(999, encodable(comment.toString()));
		o.g(0, "SECTION").g(2, "HEADER");
		o.g(9, "$ACADVER").g(1, "AC1009");
		o.g(9, "$DWGCODEPAGE").g(3, "ANSI_1252");
		o.g(9, "$INSBASE").p(10, 0, 0);
		o.g(9, "$EXTMIN").p(10, ext[0], ext[1]);
		o.g(9, "$EXTMAX").p(10, ext[2], ext[3]);
		o.g(9, "$LIMMIN").g(10, 0.0).g(20, 0.0);
		o.g(9, "$LIMMAX").g(10, first.paper().width() * f).g(20, first.paper().height() * f);
		o.g(9, "$LTSCALE").g(40, f);
		o.g(9, "$LUNITS").g(70, 2);
		o.g(9, "$LUPREC").g(70, 4);
		o.g(0, "ENDSEC");
		o.g(0, "SECTION").g(2, "TABLES");
		o.g(0, "TABLE").g(2, "LTYPE").g(70, 3);
		ltype(o, "CONTINUOUS", "Solid line", new double[0]);
		ltype(o, DxfLinetypes.name(Layer.HIDDEN), "ISO 128-2 dashed (type 02) __ __ __ __ __ __", Layer.HIDDEN.dashPattern());
		ltype(o, DxfLinetypes.name(Layer.CENTER), "ISO 128-2 long-dash dotted (type 04) ____ . ____ . ____", Layer.CENTER.dashPattern());
		o.g(0, "ENDTAB");
		o.g(0, "TABLE").g(2, "LAYER").g(70, Layer.values().length + 1);
		o.g(0, "LAYER").g(2, "0").g(70, 0).g(62, 7).g(6, "CONTINUOUS");
		for (Layer l : Layer.values()) {
			String lt = l.dashPattern().length == 0 ? "CONTINUOUS" : DxfLinetypes.name(l);
			o.g(0, "LAYER").g(2, l.name()).g(70, 0).g(62, DxfDrawingWriter.colour(l)).g(6, lt);
		}
		o.g(0, "ENDTAB");
		o.g(0, "TABLE").g(2, "STYLE").g(70, 1);
		o.g(0, "STYLE").g(2, "STANDARD").g(70, 0).g(40, 0.0).g(41, 1.0).g(50, 0.0).g(71, 0).g(42, 3.5).g(3, "txt").g(4, "");
		o.g(0, "ENDTAB");
		o.g(0, "ENDSEC");
		o.g(0, "SECTION").g(2, "BLOCKS").g(0, "ENDSEC");
		o.g(0, "SECTION").g(2, "ENTITIES");
		o.text().append(ents.text());
		o.g(0, "ENDSEC");
		o.g(0, "EOF");
		return o.text().toString();
	}

	private static void ltype(DxfOut o, String name, String description, double[] dashes) {
		double total = 0;
		for (double d : dashes) {
			total += d;
		}
		o.g(0, "LTYPE").g(2, name).g(70, 0).g(3, description).g(72, 65).g(73, dashes.length).g(40, total);
		for (int i = 0; i < dashes.length; i++) {
			o.g(49, i % 2 == 0 ? dashes[i] : -dashes[i]);
		}
	}

	private void entity(DxfOut o, Entity e, String layer, double[] ext) {
		switch (e) {
		case Entity.Line l -> {
			o.g(0, "LINE").g(8, layer).p(10, l.x1() * f, l.y1() * f).p(11, l.x2() * f, l.y2() * f);
			DxfDrawingWriter.grow(ext, l.x1() * f, l.y1() * f);
			DxfDrawingWriter.grow(ext, l.x2() * f, l.y2() * f);
		}
		case Entity.Arc a -> {
			o.g(0, a.full() ? "CIRCLE" : "ARC").g(8, layer).p(10, a.cx() * f, a.cy() * f).g(40, a.r() * f);
			if (!a.full()) {
				o.g(50, DxfDrawingWriter.norm(a.startDeg())).g(51, DxfDrawingWriter.norm(a.startDeg() + a.sweepDeg()));
			}
			DxfDrawingWriter.grow(ext, (a.cx() - a.r()) * f, (a.cy() - a.r()) * f);
			DxfDrawingWriter.grow(ext, (a.cx() + a.r()) * f, (a.cy() + a.r()) * f);
		}
		case Entity.Polygon p -> {
			double[] q = p.points();
			o.g(0, "SOLID").g(8, layer).p(10, q[0] * f, q[1] * f).p(11, q[2] * f, q[3] * f).p(12, q[4] * f, q[5] * f).p(13, q[4] * f,
					q[5] * f);
			for (int i = 0; i < q.length; i += 2) {
				DxfDrawingWriter.grow(ext, q[i] * f, q[i + 1] * f);
			}
		}
		case Entity.Hatch h -> {
			// R12 has no HATCH: the clipped hatch lines
			for (double[] l : h.lines()) {
				entity(o, new Entity.Line(h.layer(), l[0], l[1], l[2], l[3]), layer, ext);
			}
		}
		case Entity.Text t when CalloutSymbol.in(t.text()) -> {
			for (Entity part : SymbolTexts.explode(t)) {
				entity(o, part, layer, ext);
			}
		}
		case Entity.Text t -> {
			o.g(0, "TEXT").g(8, layer).p(10, t.x() * f, t.y() * f).g(40, t.height() * f).g(1, encodable(DxfDrawingWriter.dxfText(t.text())))
					.g(50, t.angleDeg()).g(7, "STANDARD");
			int just = t.align().ordinal();
			if (just != 0) {
				o.g(72, just).p(11, t.x() * f, t.y() * f);
			}
			DxfDrawingWriter.grow(ext, t.x() * f, t.y() * f);
		}
		case Entity.Dimension d -> {
			for (Entity g : d.graphics()) {
				entity(o, g, Layer.DIMENSIONS.name(), ext);
			}
		}
		}
	}

	/** @return the text with characters Windows-1252 cannot hold as \U+XXXX */
	static String encodable(String s) {
		CharsetEncoder enc = CP1252.newEncoder();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (enc.canEncode(c)) {
				sb.append(c);
			} else {
				sb.append(String.format(Locale.ROOT, "\\U+%04X", (int) c));
			}
		}
		return sb.toString();
	}
}
