// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entities;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.SymbolTexts;
import dev.partforge.export.DxfVersion;
import dev.partforge.recipes.Units;

/**
 * Writes one drawing sheet as DXF R2013 (AC1027) ASCII, by our own writer. Model space holds the
 * sheet at 1:1 in the drawing's units: sheet millimetres are divided by the drawing scale and the
 * unit, so the part's edges have their true lengths; $DIMSCALE and $LTSCALE restore 3.5 mm text,
 * arrows and ISO dash lengths on paper. One layer per {@link Layer} with ISO 128-2 linetypes
 * ({@link DxfLinetypes}) and lineweights; linear dimensions, diameters and radii become real
 * DIMENSION entities (rotated linear, diametric, radial) with their anonymous *D block holding the
 * rendered graphics and attributes from which readers rebuild the same picture
 * ({@link DxfDimensions}); other callouts are LEADER + MTEXT. Title block as TEXT; part id, seed and
 * difficulty as header custom properties. The ISO 129-1 callout symbols are LINEs in their one shape
 * ({@link CalloutSymbol}), the text around them TEXT or MTEXT runs placed by the layout.
 *
 * <p>Decision: the whole file is written from a fixed skeleton (tables, root dictionary, two
 * layouts) so that ezdxf's audit has nothing to fix; every handle is unique and every owner exists.
 */
public final class DxfDrawingWriter {
	/** The default dimension style name ($DIMSTYLE); dimensions use one style per precision. */
	public static final String DIMSTYLE = DxfDimensions.STYLE;
	private static final String MODEL_BR = "D";
	private static final String PAPER_BR = "E";

	private final List<Sheet> sheets;
	private final Sheet sheet;
	private double f;
	private final int[] next = { 0x30 };
	private final List<String[]> blocks = new ArrayList<>();
	private final List<Double> scales = new ArrayList<>();
	private final DxfOut blockSec = new DxfOut(next);
	private final DxfOut entSec = new DxfOut(next);

	private DxfDrawingWriter(List<Sheet> sheets) {
		this.sheets = List.copyOf(sheets);
		this.sheet = sheets.getFirst();
		this.f = factor(sheet);
	}

	/** @return model units per sheet millimetre: 1 / (drawing scale × millimetres per unit) */
	static double factor(Sheet s) {
		return 1 / (s.scale().factor() * s.units().millimetres());
	}

	/**
	 * Writes sheets side by side in model space (a practice set), each at 1:1 in the drawing units,
	 * 20 mm of paper apart; header scales ($DIMSCALE, $LTSCALE, limits) follow the first sheet, the
	 * dimension blocks carry every sheet's own rendering.
	 *
	 * @param sheets   the drawings, all in the same units
	 * @param metadata custom header properties (name to value), e.g. PartId, Seed, Difficulty
	 * @param out      target; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(List<Sheet> sheets, Map<String, String> metadata, OutputStream out) throws IOException {
		write(sheets, metadata, DxfVersion.R2013, out);
	}

	/**
	 * Writes sheets in a DXF release: R2013 as {@link #write(List, Map, OutputStream)}, R12 as plain
	 * geometry and text (dimensions exploded) with the same model space.
	 *
	 * @param sheets   the drawings, all in the same units
	 * @param metadata custom header properties (a comment in R12)
	 * @param version  the DXF release
	 * @param out      target; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(List<Sheet> sheets, Map<String, String> metadata, DxfVersion version, OutputStream out) throws IOException {
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("no sheet to write");
		}
		if (version == DxfVersion.R12) {
			DxfR12Writer.write(sheets, metadata, out);
			return;
		}
		out.write(new DxfDrawingWriter(sheets).build(metadata).getBytes(StandardCharsets.UTF_8));
	}

	private String build(Map<String, String> metadata) {
		double[] ext = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		double offset = 0;
		for (Sheet s : sheets) {
			f = factor(s);
			if (!scales.contains(f)) {
				scales.add(f);
			}
			for (Entity e : s.entities()) {
				entity(entSec, offset == 0 ? e : Entities.translate(e, offset / f, 0), MODEL_BR, e.layer().name(), ext);
			}
			offset += (s.paper().width() + 20) * f;
		}
		f = factor(sheet);
		DxfOut o = new DxfOut(next);
		StringBuilder tables = tables();
		header(o, metadata, ext);
		o.g(0, "SECTION").g(2, "CLASSES").g(0, "ENDSEC");
		o.text().append(tables);
		o.g(0, "SECTION").g(2, "BLOCKS");
		block(o, "*Model_Space", MODEL_BR, "11", 0);
		endBlock(o, MODEL_BR, "12");
		block(o, "*Paper_Space", PAPER_BR, "13", 0);
		endBlock(o, PAPER_BR, "14");
		o.text().append(blockSec.text());
		o.g(0, "ENDSEC");
		o.g(0, "SECTION").g(2, "ENTITIES");
		o.text().append(entSec.text());
		o.g(0, "ENDSEC");
		objects(o);
		o.g(0, "EOF");
		return o.text().toString();
	}

	private void header(DxfOut o, Map<String, String> metadata, double[] ext) {
		boolean inch = sheet.units() == Units.INCH;
		double s = 1 / sheet.scale().factor() / sheet.units().millimetres();
		o.g(0, "SECTION").g(2, "HEADER");
		o.g(9, "$ACADVER").g(1, "AC1027");
		o.g(9, "$DWGCODEPAGE").g(3, "ANSI_1252");
		o.g(9, "$INSBASE").p(10, 0, 0);
		o.g(9, "$EXTMIN").p(10, ext[0], ext[1]);
		o.g(9, "$EXTMAX").p(10, ext[2], ext[3]);
		o.g(9, "$LIMMIN").g(10, 0.0).g(20, 0.0);
		o.g(9, "$LIMMAX").g(10, sheet.paper().width() * f).g(20, sheet.paper().height() * f);
		o.g(9, "$LTSCALE").g(40, s);
		o.g(9, "$CELTSCALE").g(40, 1.0);
		DxfDimensions.header(o, s);
		o.g(9, "$LUNITS").g(70, 2);
		o.g(9, "$LUPREC").g(70, 4);
		o.g(9, "$INSUNITS").g(70, inch ? 1 : 4);
		o.g(9, "$MEASUREMENT").g(70, inch ? 0 : 1);
		o.g(9, "$LWDISPLAY").g(290, 1);
		o.g(9, "$HANDSEED").g(5, Integer.toHexString(next[0] + 16).toUpperCase(Locale.ROOT));
		metadata.forEach((k, v) -> o.g(9, "$CUSTOMPROPERTYTAG").g(1, k).g(9, "$CUSTOMPROPERTY").g(1, v));
		o.g(0, "ENDSEC");
	}

	private StringBuilder tables() {
		DxfOut o = new DxfOut(next);
		o.g(0, "SECTION").g(2, "TABLES");
		table(o, "VPORT", "8", 1);
		o.g(0, "VPORT").g(5, o.handle()).g(330, "8").g(100, "AcDbSymbolTableRecord").g(100, "AcDbViewportTableRecord").g(2, "*Active")
				.g(70, 0).g(10, 0.0).g(20, 0.0).g(11, 1.0).g(21, 1.0).p(12, sheet.paper().width() * f / 2, sheet.paper().height() * f / 2)
				.g(40, sheet.paper().height() * f).g(41, sheet.paper().width() / sheet.paper().height());
		o.g(0, "ENDTAB");
		table(o, "LTYPE", "2", 5);
		ltype(o, "ByBlock", "", new double[0]);
		ltype(o, "ByLayer", "", new double[0]);
		ltype(o, "Continuous", "Solid line", new double[0]);
		ltype(o, DxfLinetypes.name(Layer.HIDDEN), "ISO 128-2 dashed (type 02) __ __ __ __ __ __", DxfLinetypes.pattern(Layer.HIDDEN));
		ltype(o, DxfLinetypes.name(Layer.CENTER), "ISO 128-2 long-dash dotted (type 04) ____ . ____ . ____", DxfLinetypes.pattern(Layer.CENTER));
		o.g(0, "ENDTAB");
		table(o, "LAYER", "1", Layer.values().length + 1);
		layer(o, "0", 7, "Continuous", -3);
		for (Layer l : Layer.values()) {
			layer(o, l.name(), colour(l), DxfLinetypes.name(l), (int) Math.round(l.lineWidth() * 100));
		}
		o.g(0, "ENDTAB");
		table(o, "STYLE", "5", 1);
		o.g(0, "STYLE").g(5, o.handle()).g(330, "5").g(100, "AcDbSymbolTableRecord").g(100, "AcDbTextStyleTableRecord").g(2, "Standard")
				.g(70, 0).g(40, 0.0).g(41, 1.0).g(50, 0.0).g(71, 0).g(42, 3.5).g(3, "arial.ttf").g(4, "");
		o.g(0, "ENDTAB");
		table(o, "VIEW", "7", 0);
		o.g(0, "ENDTAB");
		table(o, "UCS", "6", 0);
		o.g(0, "ENDTAB");
		table(o, "APPID", "3", 1);
		o.g(0, "APPID").g(5, o.handle()).g(330, "3").g(100, "AcDbSymbolTableRecord").g(100, "AcDbRegAppTableRecord").g(2, "ACAD").g(70, 0);
		o.g(0, "ENDTAB");
		table(o, "DIMSTYLE", "4", DxfDimensions.styleCount(scales.size()));
		o.g(100, "AcDbDimStyleTable");
		DxfDimensions.styles(o, scales);
		o.g(0, "ENDTAB");
		table(o, "BLOCK_RECORD", "9", 2 + blocks.size());
		blockRecord(o, MODEL_BR, "*Model_Space", "F");
		blockRecord(o, PAPER_BR, "*Paper_Space", "10");
		for (String[] b : blocks) {
			blockRecord(o, b[1], b[0], "0");
		}
		o.g(0, "ENDTAB");
		o.g(0, "ENDSEC");
		return o.text();
	}

	private static void table(DxfOut o, String name, String handle, int count) {
		o.g(0, "TABLE").g(2, name).g(5, handle).g(330, "0").g(100, "AcDbSymbolTable").g(70, count);
	}

	private void ltype(DxfOut o, String name, String description, double[] dashes) {
		double total = 0;
		for (double d : dashes) {
			total += d;
		}
		o.g(0, "LTYPE").g(5, o.handle()).g(330, "2").g(100, "AcDbSymbolTableRecord").g(100, "AcDbLinetypeTableRecord").g(2, name).g(70, 0)
				.g(3, description).g(72, 65).g(73, dashes.length).g(40, total);
		for (int i = 0; i < dashes.length; i++) {
			o.g(49, i % 2 == 0 ? dashes[i] : -dashes[i]).g(74, 0);
		}
	}

	private static void layer(DxfOut o, String name, int colour, String linetype, int lineweight) {
		o.g(0, "LAYER").g(5, o.handle()).g(330, "1").g(100, "AcDbSymbolTableRecord").g(100, "AcDbLayerTableRecord").g(2, name).g(70, 0)
				.g(62, colour).g(6, linetype).g(370, lineweight);
	}

	private static void blockRecord(DxfOut o, String handle, String name, String layout) {
		o.g(0, "BLOCK_RECORD").g(5, handle).g(330, "9").g(100, "AcDbSymbolTableRecord").g(100, "AcDbBlockTableRecord").g(2, name)
				.g(340, layout).g(70, 0).g(280, 1).g(281, 0);
	}

	private static void block(DxfOut o, String name, String br, String begin, int flags) {
		o.g(0, "BLOCK").g(5, begin).g(330, br).g(100, "AcDbEntity").g(8, "0").g(100, "AcDbBlockBegin").g(2, name).g(70, flags).p(10, 0, 0)
				.g(3, name).g(1, "");
	}

	private static void endBlock(DxfOut o, String br, String end) {
		o.g(0, "ENDBLK").g(5, end).g(330, br).g(100, "AcDbEntity").g(8, "0").g(100, "AcDbBlockEnd");
	}

	private void objects(DxfOut o) {
		o.g(0, "SECTION").g(2, "OBJECTS");
		o.g(0, "DICTIONARY").g(5, "A").g(330, "0").g(100, "AcDbDictionary").g(281, 1).g(3, "ACAD_GROUP").g(350, "B").g(3, "ACAD_LAYOUT")
				.g(350, "C");
		o.g(0, "DICTIONARY").g(5, "B").g(330, "A").g(100, "AcDbDictionary").g(281, 1);
		o.g(0, "DICTIONARY").g(5, "C").g(330, "A").g(100, "AcDbDictionary").g(281, 1).g(3, "Model").g(350, "F").g(3, "Layout1").g(350, "10");
		layout(o, "F", "Model", 0, MODEL_BR);
		layout(o, "10", "Layout1", 1, PAPER_BR);
		o.g(0, "ENDSEC");
	}

	private void layout(DxfOut o, String handle, String name, int tab, String br) {
		double w = sheet.paper().width();
		double h = sheet.paper().height();
		o.g(0, "LAYOUT").g(5, handle).g(330, "C").g(100, "AcDbPlotSettings").g(1, "").g(2, "none_device").g(4, "").g(6, "").g(40, 0.0)
				.g(41, 0.0).g(42, 0.0).g(43, 0.0).g(44, w).g(45, h).g(46, 0.0).g(47, 0.0).g(48, 0.0).g(49, 0.0).g(140, 0.0).g(141, 0.0)
				.g(142, 1.0).g(143, 1.0).g(70, tab == 0 ? 1024 : 0).g(72, 1).g(73, 0).g(74, 5).g(7, "").g(75, 16).g(76, 0).g(77, 2)
				.g(78, 300).g(147, 1.0).g(148, 0.0).g(149, 0.0);
		o.g(100, "AcDbLayout").g(1, name).g(70, 1).g(71, tab).g(10, 0.0).g(20, 0.0).g(11, w).g(21, h).p(12, 0, 0).p(14, 1e20, 1e20)
				.p(15, -1e20, -1e20).g(146, 0.0).p(13, 0, 0).p(16, 1, 0).p(17, 0, 1).g(76, 1).g(330, br);
	}

	/** Grows extents {xmin, ymin, xmax, ymax} by a point. */
	static void grow(double[] ext, double x, double y) {
		ext[0] = Math.min(ext[0], x);
		ext[1] = Math.min(ext[1], y);
		ext[2] = Math.max(ext[2], x);
		ext[3] = Math.max(ext[3], y);
	}

	private DxfOut head(DxfOut o, String type, String owner, String layer) {
		o.g(0, type).g(5, o.handle()).g(330, owner).g(100, "AcDbEntity").g(8, layer);
		Layer l = DxfLinetypes.layer(layer);
		if (l != null && l.dashPattern().length > 0) {
			o.g(48, DxfLinetypes.entityScale(l));
		}
		return o;
	}

	private void entity(DxfOut o, Entity e, String owner, String layer, double[] ext) {
		switch (e) {
		case Entity.Line l -> {
			head(o, "LINE", owner, layer).g(100, "AcDbLine").p(10, l.x1() * f, l.y1() * f).p(11, l.x2() * f, l.y2() * f);
			grow(ext, l.x1() * f, l.y1() * f);
			grow(ext, l.x2() * f, l.y2() * f);
		}
		case Entity.Arc a -> {
			head(o, a.full() ? "CIRCLE" : "ARC", owner, layer).g(100, "AcDbCircle").p(10, a.cx() * f, a.cy() * f).g(40, a.r() * f);
			if (!a.full()) {
				o.g(100, "AcDbArc").g(50, norm(a.startDeg())).g(51, norm(a.startDeg() + a.sweepDeg()));
			}
			grow(ext, (a.cx() - a.r()) * f, (a.cy() - a.r()) * f);
			grow(ext, (a.cx() + a.r()) * f, (a.cy() + a.r()) * f);
		}
		case Entity.Polygon p -> {
			double[] q = p.points();
			head(o, "SOLID", owner, layer).g(100, "AcDbTrace").p(10, q[0] * f, q[1] * f).p(11, q[2] * f, q[3] * f).p(12, q[4] * f, q[5] * f)
					.p(13, q[4] * f, q[5] * f);
			for (int i = 0; i < q.length; i += 2) {
				grow(ext, q[i] * f, q[i + 1] * f);
			}
		}
		case Entity.Hatch h -> hatch(o, h, owner, layer, ext);
		case Entity.Text t -> text(o, t, owner, layer, ext, false);
		case Entity.Dimension d -> dimension(o, d, owner, ext);
		}
	}

	/**
	 * A HATCH: pattern ANSI31 (45° lines) scaled to the drawing's spacing, its definition line written out (ISO
	 * pattern base spacing 3.175 mm, 0.125 in for inch drawings), odd-parity fill of polyline boundary paths with
	 * bulges, not associative.
	 */
	private void hatch(DxfOut o, Entity.Hatch h, String owner, String layer, double[] ext) {
		double d = h.spacing() * f;
		double base = sheet.units() == Units.INCH ? 0.125 : 3.175;
		double a = Math.toRadians(h.angleDeg());
		head(o, "HATCH", owner, layer).g(100, "AcDbHatch").g(10, 0.0).g(20, 0.0).g(30, 0.0).g(210, 0.0).g(220, 0.0).g(230, 1.0)
				.g(2, "ANSI31").g(70, 0).g(71, 0).g(91, h.loops().size());
		for (double[] loop : h.loops()) {
			o.g(92, 2).g(72, 1).g(73, 1).g(93, loop.length / 3);
			for (int i = 0; i < loop.length; i += 3) {
				o.p(10, loop[i] * f, loop[i + 1] * f).g(42, loop[i + 2]);
				grow(ext, loop[i] * f, loop[i + 1] * f);
			}
			o.g(97, 0);
		}
		o.g(75, 0).g(76, 1).g(52, h.angleDeg() - 45).g(41, d / base).g(77, 0).g(78, 1).g(53, h.angleDeg()).g(43, 0.0).g(44, 0.0)
				.g(45, -d * Math.sin(a)).g(46, d * Math.cos(a)).g(79, 0).g(98, 0);
	}

	/**
	 * A TEXT; one holding callout symbols as TEXTs of its plain runs and LINEs of its symbols' strokes
	 * ({@link SymbolTexts#explode}), since readers' fonts lack the symbols (LibreCAD 2.2) or draw ↧ otherwise. {@code middle}:
	 * anchored at its middle (72 = 1, 73 = 2) so that its place does not
	 * depend on the reader's font (dimension text, which readers place by its middle).
	 */
	private void text(DxfOut o, Entity.Text t, String owner, String layer, double[] ext, boolean middle) {
		if (CalloutSymbol.in(t.text())) {
			for (Entity e : SymbolTexts.explode(t)) {
				if (e instanceof Entity.Text run) {
					text(o, run, owner, layer, ext, false);
				} else {
					entity(o, e, owner, layer, ext);
				}
			}
			return;
		}
		double[] at = middle ? DxfDimensions.middle(t) : new double[] { t.x(), t.y() };
		head(o, "TEXT", owner, layer).g(100, "AcDbText").p(10, at[0] * f, at[1] * f).g(40, t.height() * f).g(1, dxfText(t.text()))
				.g(50, t.angleDeg()).g(7, "Standard");
		int just = middle ? 1 : t.align().ordinal();
		if (just != 0) {
			o.g(72, just).p(11, at[0] * f, at[1] * f);
		}
		o.g(100, "AcDbText").g(73, middle ? 2 : 0);
		grow(ext, at[0] * f, at[1] * f);
	}

	/** @return the ACI colour of a layer */
	static int colour(Layer l) {
		return switch (l) {
		case OUTLINE, TITLEBLOCK, FRAME, TEXT, CUTTING_PLANE -> 7;
		case HATCH -> 8;
		case HIDDEN -> 8;
		case CENTER -> 1;
		case DIMENSIONS -> 3;
		};
	}

	static double norm(double deg) {
		double d = deg % 360;
		return d < 0 ? d + 360 : d;
	}

	/** DXF text codes: %%c diameter, %%d degree. */
	static String dxfText(String s) {
		return s.replace("\u00D8", "%%c").replace("\u00B0", "%%d");
	}

	/** @return the measurement of a dimension's defining points in drawing units */
	private double measure(Entity.Dimension d) {
		double dx = d.p2()[0] - d.p1()[0];
		double dy = d.p2()[1] - d.p1()[1];
		if (d.kind() == DimensionKind.LINEAR) {
			return Math.abs(d.angleDeg() == 0 ? dx : dy) * f;
		}
		return Math.hypot(dx, dy) * f;
	}

	private void dimension(DxfOut o, Entity.Dimension d, String owner, double[] ext) {
		boolean inch = sheet.units() == Units.INCH;
		if (!DxfDimensions.asDimension(d, inch)) {
			leader(o, d, owner, ext);
			return;
		}
		if (Math.abs(measure(d) - d.value()) > 1e-9 * Math.max(1, d.value())) {
			throw new IllegalStateException("dimension " + d.param() + " measures " + measure(d) + " but states " + d.value());
		}
		String name = "*D" + (blocks.size() + 1);
		String br = blockSec.handle();
		blocks.add(new String[] { name, br });
		block(blockSec, name, br, blockSec.handle(), 1);
		for (Entity g : d.graphics()) {
			if (g instanceof Entity.Text t) {
				text(blockSec, t, br, "0", ext, true);
			} else {
				entity(blockSec, g, br, "0", ext);
			}
		}
		endBlock(blockSec, br, blockSec.handle());
		double[] text = DxfDimensions.middle(DxfDimensions.texts(d).getFirst());
		head(o, "DIMENSION", owner, Layer.DIMENSIONS.name()).g(100, "AcDbDimension").g(280, 0).g(2, name);
		int type = switch (d.kind()) {
		case LINEAR -> 0;
		case RADIUS -> 4;
		default -> 3;
		};
		double[] p10 = d.line();
		double[] p15 = null;
		if (type == 4) {
			p10 = d.p2();
			p15 = DxfDimensions.onCircle(d.p2(), Math.hypot(d.p1()[0] - d.p2()[0], d.p1()[1] - d.p2()[1]), text);
		} else if (type == 3) {
			double[] c = { (d.p1()[0] + d.p2()[0]) / 2, (d.p1()[1] + d.p2()[1]) / 2 };
			double r = Math.hypot(d.p1()[0] - d.p2()[0], d.p1()[1] - d.p2()[1]) / 2;
			p15 = DxfDimensions.onCircle(c, r, text);
			p10 = new double[] { 2 * c[0] - p15[0], c[1] };
		}
		o.p(10, p10[0] * f, p10[1] * f).p(11, text[0] * f, text[1] * f).g(70, type | 32 | DxfDimensions.USER_TEXT_LOCATION).g(71, 5)
				.g(42, d.value()).g(1, DxfDimensions.text(d, inch)).g(3, DxfDimensions.style(d, inch, scales.indexOf(f)));
		switch (type) {
		case 0 -> o.g(100, "AcDbAlignedDimension").p(13, d.p1()[0] * f, d.p1()[1] * f).p(14, d.p2()[0] * f, d.p2()[1] * f)
				.g(50, d.angleDeg()).g(100, "AcDbRotatedDimension");
		case 4 -> o.g(100, "AcDbRadialDimension").p(15, p15[0] * f, p15[1] * f).g(40, 0.0);
		default -> o.g(100, "AcDbDiametricDimension").p(15, p15[0] * f, p15[1] * f).g(40, 0.0);
		}
		double height = DxfDimensions.texts(d).getFirst().height();
		if (Math.abs(height - DxfDimensions.TEXT) > 1e-9) {
			// compact lettering (a chosen paper the drawing does not fit otherwise): the style's text height
			// (DIMTXT, group 140) overridden for this dimension, as AutoCAD stores an override, so it regenerates as drawn
			o.g(1001, "ACAD").g(1000, "DSTYLE").g(1002, "{").g(1070, 140).g(1040, height).g(1002, "}");
		}
	}

	/**
	 * A callout as LEADER (arrow at the feature, through the knee to the shoulder) and one horizontal
	 * MTEXT of its lines, top left at the first line as drawn; a callout with ISO 129-1 symbols as one MTEXT per plain
	 * run of its lines and LINEs of the symbols' strokes ({@link SymbolTexts#explode}).
	 */
	private void leader(DxfOut o, Entity.Dimension d, String owner, double[] ext) {
		List<double[]> pts = new ArrayList<>();
		for (Entity g : d.graphics()) {
			if (g instanceof Entity.Line l) {
				if (pts.isEmpty()) {
					pts.add(new double[] { l.x1(), l.y1() });
				}
				double[] last = pts.getLast();
				if (Math.hypot(l.x1() - last[0], l.y1() - last[1]) > 1e-9) {
					pts.add(new double[] { l.x1(), l.y1() });
				}
				pts.add(new double[] { l.x2(), l.y2() });
			}
		}
		List<Entity.Text> lines = DxfDimensions.texts(d);
		if (pts.size() >= 2) {
			head(o, "LEADER", owner, Layer.DIMENSIONS.name()).g(100, "AcDbLeader").g(3, DxfDimensions.STYLE).g(71, 1).g(72, 0).g(73, 3)
					.g(74, 1).g(75, 0).g(40, 0.0).g(41, 0.0).g(76, pts.size());
			for (double[] p : pts) {
				o.p(10, p[0] * f, p[1] * f);
				grow(ext, p[0] * f, p[1] * f);
			}
		}
		if (lines.isEmpty()) {
			return;
		}
		if (lines.stream().anyMatch(t -> CalloutSymbol.in(t.text()))) {
			for (Entity.Text line : lines) {
				for (Entity e : SymbolTexts.explode(line)) {
					if (e instanceof Entity.Text run) {
						mtext(o, owner, List.of(run), ext);
					} else {
						entity(o, e, owner, Layer.DIMENSIONS.name(), ext);
					}
				}
			}
			return;
		}
		mtext(o, owner, lines, ext);
	}

	/** One MTEXT of text lines, top left (centre, right) at the first line as drawn. */
	private void mtext(DxfOut o, String owner, List<Entity.Text> lines, double[] ext) {
		Entity.Text first = lines.getFirst();
		StringBuilder content = new StringBuilder();
		for (Entity.Text t : lines) {
			content.append(content.isEmpty() ? "" : "\\P").append(dxfText(t.text()));
		}
		double h = first.height();
		double spacing = lines.size() > 1 ? (first.y() - lines.get(1).y()) / (h * 5 / 3) : 1;
		double x = first.x();
		double y = first.y() + h;
		head(o, "MTEXT", owner, Layer.DIMENSIONS.name()).g(100, "AcDbMText").p(10, x * f, y * f).g(40, h * f).g(41, 0.0)
				.g(71, 1 + first.align().ordinal()).g(72, 1).g(1, content.toString()).g(7, "Standard").p(11, 1, 0).g(73, 2)
				.g(44, spacing);
		grow(ext, x * f, y * f);
		grow(ext, x * f, lines.getLast().y() * f);
	}

	/**
	 * @param partId     part id(s), comma separated for a set
	 * @param seed       seed(s)
	 * @param difficulty level(s)
	 * @param title      part name(s)
	 * @return the custom header properties PartId, Seed, Difficulty, Title
	 */
	public static Map<String, String> metadata(String partId, String seed, String difficulty, String title) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("PartId", partId);
		m.put("Seed", seed);
		m.put("Difficulty", difficulty);
		m.put("Title", title);
		return m;
	}
}
