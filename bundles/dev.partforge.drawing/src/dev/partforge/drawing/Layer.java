// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing;

/**
 * Drawing layers, one per ISO 128-2 line type of line group 0.7 (wide 0.7 mm, narrow 0.35 mm).
 * Every exporter maps them one to one (DXF layers, SVG groups, PDF line styles).
 */
public enum Layer {
	/** Visible edges: continuous wide (ISO 128-2 type 01.2). */
	OUTLINE(0.7, "Continuous", new double[0]),
	/** Hidden edges: dashed narrow (type 02.1: dash 12 d, gap 3 d with d = 0.35 mm). */
	HIDDEN(0.35, "ISO02W035", new double[] { 4.2, 1.05 }),
	/** Centre lines and axes: long-dash dotted narrow (type 04.1: 24 d, 3 d, 0.5 d, 3 d). */
	CENTER(0.35, "ISO04W035", new double[] { 8.4, 1.05, 0.175, 1.05 }),
	/** Dimension and extension lines, leaders, arrowheads and dimension text: continuous narrow. */
	DIMENSIONS(0.35, "Continuous", new double[0]),
	/** Title block lines and text (narrow; its outline is drawn wide on {@link #FRAME}). */
	TITLEBLOCK(0.35, "Continuous", new double[0]),
	/** Drawing frame, title block outline and centring marks: continuous wide. */
	FRAME(0.7, "Continuous", new double[0]),
	/** Notes and view labels. */
	TEXT(0.35, "Continuous", new double[0]),
	/** Hatching of cut faces in a section view: continuous narrow (ISO 128-50, type 01.1). */
	HATCH(0.35, "Continuous", new double[0]),
	/**
	 * The thick ends and arrows of a cutting-plane line: continuous wide (ISO 128-40; its narrow long-dash dotted
	 * middle is on {@link #CENTER}).
	 */
	CUTTING_PLANE(0.7, "Continuous", new double[0]);

	private final double width;
	private final String linetype;
	private final double[] dashes;

	Layer(double width, String linetype, double[] dashes) {
		this.width = width;
		this.linetype = linetype;
		this.dashes = dashes;
	}

	/** @return the line width on paper in millimetres */
	public double lineWidth() {
		return width;
	}

	/** @return the linetype name (ISO 128-2 type and pen width: ISO02W035 is type 02 at 0.35 mm) */
	public String linetype() {
		return linetype;
	}

	/** @return the dash pattern on paper in millimetres (dash, gap, dash, gap ...), empty for continuous */
	public double[] dashPattern() {
		return dashes.clone();
	}
}
