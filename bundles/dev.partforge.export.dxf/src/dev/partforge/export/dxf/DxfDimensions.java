// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.TextMetrics;

/**
 * How a drawing dimension goes into DXF so that readers that rebuild a DIMENSION from its attributes
 * (LibreCAD always, AutoCAD and its clones after an edit) show what its stored block shows:
 * <ul>
 * <li>linear dimensions, and diameters and radii that state just their value, are DIMENSION entities;
 * their text is the measurement ("&lt;&gt;", the reader adds Ø or R itself) or, for linear ones, an
 * override; every other callout (hole callouts, counts, depths, chamfers) is a LEADER with an MTEXT,
 * horizontal as drawn;</li>
 * <li>the precision is that of the printed value: one dimension style per number of decimals
 * (PARTFORGE-ISO-0 ... -5: text above the dimension line; PARTFORGE-ISO-C0 ... -C5: text centred on
 * it, for diameters and radii), since readers ignore DIMZIN; each style carries the sheet's DIMSCALE
 * (a practice set whose sheets differ in scale has a set of styles per scale, suffix -S2, -S3 ...);</li>
 * <li>diameters and radii are defined along the horizontal line through the centre towards their
 * text, so that a reader's text, aligned with that line and centred on it, is horizontal where the
 * drawing has it;</li>
 * <li>the text location is always marked user-defined (group 70 bit 128) at the middle of the drawn
 * text, and the styles say DIMTMOVE 2 (move the text alone), so no reader recentres it.</li>
 * </ul>
 */
final class DxfDimensions {
	/** The default dimension style ($DIMSTYLE), 5 decimals, for dimensions users add. */
	static final String STYLE = "PARTFORGE-ISO";
	/** Decimals of the most precise value (inch values, see {@link TextMetrics#number}). */
	static final int MAX_DECIMALS = 5;
	/** Text height on paper (ISO 3098, 3.5 mm) of the styles; a drawing's compact lettering overrides it per dimension. */
	static final double TEXT = 3.5;
	/** Arrow length on paper. */
	private static final double ARROW = 3.0;
	/** Extension lines past the dimension line. */
	private static final double EXTENSION = 2.0;
	/** Gap between text and dimension line. */
	private static final double GAP = 1.0;
	/** DIMZIN 8: no trailing zeros. */
	private static final int ZIN = 8;
	/** Group 70 bit: the text is at a user-defined location (group 11). */
	static final int USER_TEXT_LOCATION = 128;

	private DxfDimensions() {
	}

	/** @return true when the dimension becomes a DIMENSION entity, false for LEADER + MTEXT */
	static boolean asDimension(Entity.Dimension d, boolean inch) {
		if (!d.measured()) {
			return false;
		}
		return switch (d.kind()) {
		case LINEAR -> true;
		case DIAMETER, RADIUS -> texts(d).size() == 1 && d.text().equals(prefix(d.kind()) + TextMetrics.number(d.value(), inch));
		case CALLOUT -> false;
		};
	}

	/** @return the prefix a reader adds to the measurement of this kind of DIMENSION */
	static String prefix(DimensionKind k) {
		return switch (k) {
		case DIAMETER, CALLOUT -> "\u00D8";
		case RADIUS -> "R";
		case LINEAR -> "";
		};
	}

	/** @return the number of decimals of the value as drawings print it */
	static int decimals(double value, boolean inch) {
		String s = TextMetrics.number(value, inch);
		int dot = s.indexOf('.');
		return dot < 0 ? 0 : s.length() - dot - 1;
	}

	/**
	 * @param scale index of the sheet's scale in the list given to {@link #styles}
	 * @return the style of a DIMENSION stating this value
	 */
	static String style(Entity.Dimension d, boolean inch, int scale) {
		return name((d.kind() == DimensionKind.LINEAR ? "" : "C") + decimals(d.value(), inch), scale);
	}

	private static String name(String variant, int scale) {
		return STYLE + "-" + variant + (scale == 0 ? "" : "-S" + (scale + 1));
	}

	/** @return the DIMENSION text: "&lt;&gt;" when the drawn text is the measurement, else the override */
	static String text(Entity.Dimension d, boolean inch) {
		String v = TextMetrics.number(d.value(), inch);
		return d.text().equals(prefix(d.kind()) + v) ? "<>" : DxfDrawingWriter.dxfText(d.text());
	}

	/** @return the texts of a dimension's graphics, top line first */
	static List<Entity.Text> texts(Entity.Dimension d) {
		List<Entity.Text> out = new ArrayList<>();
		for (Entity g : d.graphics()) {
			if (g instanceof Entity.Text t) {
				out.add(t);
			}
		}
		return out;
	}

	/**
	 * @return the middle of a text (centre of its width, half its capital height above the baseline),
	 *         in sheet millimetres, by the Helvetica metrics the drawing was laid out with
	 */
	static double[] middle(Entity.Text t) {
		double a = Math.toRadians(t.angleDeg());
		double ux = Math.cos(a);
		double uy = Math.sin(a);
		double w = TextMetrics.width(t.text(), t.height());
		double along = switch (t.align()) {
		case LEFT -> w / 2;
		case CENTER -> 0;
		case RIGHT -> -w / 2;
		};
		double up = t.height() / 2;
		return new double[] { t.x() + ux * along - uy * up, t.y() + uy * along + ux * up };
	}

	/** @return the number of DIMSTYLE records {@link #styles} writes for that many scales */
	static int styleCount(int scales) {
		return 1 + 2 * (MAX_DECIMALS + 1) * scales;
	}

	/**
	 * Writes the DIMSTYLE records: the default style, and one per scale, precision and text placement.
	 *
	 * @param scales the DIMSCALE of each distinct sheet scale, the first sheet's first
	 */
	static void styles(DxfOut o, List<Double> scales) {
		style(o, STYLE, scales.getFirst(), MAX_DECIMALS, true);
		for (int i = 0; i < scales.size(); i++) {
			for (int dec = 0; dec <= MAX_DECIMALS; dec++) {
				style(o, name(Integer.toString(dec), i), scales.get(i), dec, true);
				style(o, name("C" + dec, i), scales.get(i), dec, false);
			}
		}
	}

	/**
	 * ISO-25: 3.5 mm text above the line (DIMTAD 1) or centred on it, aligned with it, 3 mm arrows,
	 * extension lines 2 mm past the line and from the part (DIMEXO 0), '.' as decimal separator,
	 * decimal units, DIMTMOVE 2 (the text moves alone), DIMSCALE of the sheet, DIMLFAC 1 (values
	 * are the drawing-unit distances: millimetres or inches as the sheet says).
	 */
	private static void style(DxfOut o, String name, double dimscale, int decimals, boolean above) {
		o.g(0, "DIMSTYLE").g(105, o.handle()).g(330, "4").g(100, "AcDbSymbolTableRecord").g(100, "AcDbDimStyleTableRecord").g(2, name)
				.g(70, 0).g(40, dimscale).g(41, ARROW).g(42, 0.0).g(43, 7.0).g(44, EXTENSION).g(140, TEXT).g(141, 2.5).g(147, GAP)
				.g(73, 0).g(74, 0).g(77, above ? 1 : 0).g(78, ZIN).g(144, 1.0).g(271, decimals).g(277, 2).g(278, 46).g(279, 2).g(371, 35).g(372, 35);
	}

	/**
	 * Writes the dimension header variables as the default style has them: readers that take
	 * dimension settings from the header only (LibreCAD) then size and format text and arrows as the
	 * styles do.
	 *
	 * @param dimscale the first sheet's DIMSCALE
	 */
	static void header(DxfOut o, double dimscale) {
		o.g(9, "$DIMSCALE").g(40, dimscale);
		// stated although 1 is the default: LibreCAD converts a missing $DIMLFAC to the drawing unit
		// (1/25.4 in an inch drawing) and then shows every inch value divided by 25.4
		o.g(9, "$DIMLFAC").g(40, 1.0);
		o.g(9, "$DIMSTYLE").g(2, STYLE);
		o.g(9, "$DIMTXT").g(40, TEXT);
		o.g(9, "$DIMASZ").g(40, ARROW);
		o.g(9, "$DIMEXE").g(40, EXTENSION);
		o.g(9, "$DIMEXO").g(40, 0.0);
		o.g(9, "$DIMGAP").g(40, GAP);
		o.g(9, "$DIMTAD").g(70, 1);
		o.g(9, "$DIMTIH").g(70, 0);
		o.g(9, "$DIMTOH").g(70, 0);
		o.g(9, "$DIMDEC").g(70, MAX_DECIMALS);
		o.g(9, "$DIMZIN").g(70, ZIN);
		o.g(9, "$DIMLUNIT").g(70, 2);
		o.g(9, "$DIMDSEP").g(70, 46);
	}

	/**
	 * @param centre  the circle's centre (sheet millimetres)
	 * @param radius  its radius
	 * @param towards the text middle the line points at
	 * @return the point on the circle on the horizontal through the centre on the text's side
	 */
	static double[] onCircle(double[] centre, double radius, double[] towards) {
		return new double[] { centre[0] + (towards[0] >= centre[0] ? radius : -radius), centre[1] };
	}
}
