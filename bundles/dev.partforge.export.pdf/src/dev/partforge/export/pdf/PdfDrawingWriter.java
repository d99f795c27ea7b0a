// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import dev.partforge.drawing.CalloutSymbol;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.TextMetrics;

/**
 * Writes drawing sheets as a vector PDF with PDFBox: one page per sheet at the sheet's paper size,
 * every page content in millimetres under one {@code cm} of 72/25.4 (so a 50 mm line at 1:1 is 50 mm
 * on paper), ISO 128 line widths and dash patterns per layer, text as real Helvetica text (standard
 * 14 font, WinAnsi: Ø, ×, ° included) so it is searchable; characters WinAnsi lacks in embedded fonts
 * ({@link PdfFonts}). The ISO 129-1 symbols ↧ ⌴ ⌵ are stroked in their one shape ({@link CalloutSymbol}, as the
 * editor, SVG and DXF draw them), their glyphs written invisible in their place so the text still searches. An optional cover page lists the parts of a practice set.
 */
public final class PdfDrawingWriter {

	/** @return a number that differs between documents of other parts, sheets or titles, and is the same on every run */
	private static long documentId(List<Sheet> sheets, String title) {
		StringBuilder key = new StringBuilder(title);
		for (Sheet s : sheets) {
			key.append('\n').append(s.partId()).append(' ').append(s.paper()).append(' ').append(s.scale()).append(' ').append(s.title());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is a required algorithm of every Java platform", e);
		}
	}
	/** Points per millimetre. */
	public static final float PT_PER_MM = 72f / 25.4f;
	private static final double KAPPA = 4.0 / 3.0;

	private PdfDrawingWriter() {
	}

	/**
	 * A line of the cover page.
	 *
	 * @param partId     part number
	 * @param title      part name
	 * @param difficulty level
	 * @param seed       seed
	 */
	public record CoverEntry(String partId, String title, String difficulty, long seed) {
	}

	/**
	 * @param sheets  the sheets, one page each
	 * @param cover   entries for a cover page, or null for none
	 * @param title   document title (PDF metadata)
	 * @param creator author (PDF metadata)
	 * @param date    the drawings' date: the creation date in the PDF metadata (start of that day, UTC), so that the same
	 *                drawings written again give the same bytes
	 * @param out     target; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(List<Sheet> sheets, List<CoverEntry> cover, String title, String creator, LocalDate date, OutputStream out)
			throws IOException {
		try (PDDocument doc = new PDDocument()) {
			PdfFonts font = new PdfFonts(doc);
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(title);
			info.setAuthor(creator);
			info.setCreator("PartForge");
			info.setCreationDate(GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC)));
			// the trailer's /ID from what the document holds, not from the clock (PDFBox hashes it with the metadata)
			doc.setDocumentId(documentId(sheets, title));
			if (cover != null) {
				cover(doc, font, sheets.isEmpty() ? Paper.A4 : sheets.getFirst().paper(), cover, title);
			}
			for (Sheet s : sheets) {
				PDPage page = new PDPage(new PDRectangle((float) s.paper().width() * PT_PER_MM, (float) s.paper().height() * PT_PER_MM));
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					cs.transform(Matrix.getScaleInstance(PT_PER_MM, PT_PER_MM));
					cs.setLineCapStyle(0);
					cs.setLineJoinStyle(1);
					Layer[] style = { null };
					for (Entity e : s.entities()) {
						draw(cs, font, e, style);
					}
				}
			}
			doc.save(out);
		}
	}

	private static void cover(PDDocument doc, PdfFonts font, Paper paper, List<CoverEntry> entries, String title) throws IOException {
		Layer[] current = { null };
		PDPage page = new PDPage(new PDRectangle((float) paper.width() * PT_PER_MM, (float) paper.height() * PT_PER_MM));
		doc.addPage(page);
		try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
			cs.transform(Matrix.getScaleInstance(PT_PER_MM, PT_PER_MM));
			double y = paper.height() - 30;
			text(cs, font, new Entity.Text(Layer.TEXT, 25, y, 7, 0, Entity.Align.LEFT, title), current);
			y -= 14;
			text(cs, font, new Entity.Text(Layer.TEXT, 25, y, 3.5, 0, Entity.Align.LEFT,
					entries.size() + " parts, one sheet each, in this order:"), current);
			y -= 10;
			int n = 2;
			for (CoverEntry e : entries) {
				String line = String.format(Locale.ROOT, "Sheet %d   %s   %s   (%s, seed %d)", n++, e.partId(), e.title(),
						e.difficulty(), e.seed());
				text(cs, font, new Entity.Text(Layer.TEXT, 25, y, 3.5, 0, Entity.Align.LEFT, line), current);
				y -= 7;
				if (y < 20) {
					break;
				}
			}
		}
	}

	/** Sets width and dashes only when the layer changes (style[0] is the current layer). */
	private static void style(PDPageContentStream cs, Layer l, Layer[] current) throws IOException {
		if (current[0] == l) {
			return;
		}
		current[0] = l;
		cs.setLineWidth((float) l.lineWidth());
		double[] d = l.dashPattern();
		float[] f = new float[d.length];
		for (int i = 0; i < d.length; i++) {
			f[i] = (float) d[i];
		}
		cs.setLineDashPattern(f, 0);
	}

	private static void draw(PDPageContentStream cs, PdfFonts font, Entity e, Layer[] current) throws IOException {
		switch (e) {
		case Entity.Line l -> {
			style(cs, l.layer(), current);
			cs.moveTo((float) l.x1(), (float) l.y1());
			cs.lineTo((float) l.x2(), (float) l.y2());
			cs.stroke();
		}
		case Entity.Arc a -> {
			style(cs, a.layer(), current);
			arc(cs, a);
			cs.stroke();
		}
		case Entity.Polygon p -> {
			double[] q = p.points();
			cs.moveTo((float) q[0], (float) q[1]);
			for (int i = 2; i < q.length; i += 2) {
				cs.lineTo((float) q[i], (float) q[i + 1]);
			}
			cs.closePath();
			cs.fill();
		}
		case Entity.Hatch h -> {
			if (h.lines().isEmpty()) {
				return; // nothing to stroke
			}
			style(cs, h.layer(), current);
			for (double[] l : h.lines()) {
				cs.moveTo((float) l[0], (float) l[1]);
				cs.lineTo((float) l[2], (float) l[3]);
			}
			cs.stroke();
		}
		case Entity.Text t -> text(cs, font, t, current);
		case Entity.Dimension d -> {
			for (Entity g : d.graphics()) {
				draw(cs, font, g, current);
			}
		}
		}
	}

	/** Circular arcs as cubic Béziers of at most 90 degrees (radial error below 0.03 % of r). */
	private static void arc(PDPageContentStream cs, Entity.Arc a) throws IOException {
		int n = (int) Math.ceil(a.sweepDeg() / 90 - 1e-9);
		double step = Math.toRadians(a.sweepDeg()) / n;
		double t0 = Math.toRadians(a.startDeg());
		double k = KAPPA * Math.tan(step / 4) * a.r();
		cs.moveTo((float) (a.cx() + a.r() * Math.cos(t0)), (float) (a.cy() + a.r() * Math.sin(t0)));
		for (int i = 0; i < n; i++) {
			double s = t0 + i * step;
			double e = s + step;
			double x0 = a.cx() + a.r() * Math.cos(s);
			double y0 = a.cy() + a.r() * Math.sin(s);
			double x3 = a.cx() + a.r() * Math.cos(e);
			double y3 = a.cy() + a.r() * Math.sin(e);
			cs.curveTo((float) (x0 - k * Math.sin(s)), (float) (y0 + k * Math.cos(s)), (float) (x3 + k * Math.sin(e)),
					(float) (y3 - k * Math.cos(e)), (float) x3, (float) y3);
		}
	}

	/**
	 * Text in its fonts; the callout symbols are stroked in their one shape ({@link CalloutSymbol#lines}) where the
	 * symbol's glyph would be, and the glyph itself is written invisible (rendering mode 3) so that the text still reads
	 * and searches with its symbols.
	 */
	private static void text(PDPageContentStream cs, PdfFonts font, Entity.Text t, Layer[] current) throws IOException {
		float size = (float) (t.height() * TextMetrics.FONT_PER_CAP);
		List<PdfFonts.Run> runs = font.runs(t.text().replace('\u2026', '.'));
		double w = 0;
		for (PdfFonts.Run r : runs) {
			w += r.font().getStringWidth(r.text()) / 1000 * size;
		}
		double shift = switch (t.align()) {
		case LEFT -> 0;
		case CENTER -> -w / 2;
		case RIGHT -> -w;
		};
		double a = Math.toRadians(t.angleDeg());
		double x = t.x() + shift * Math.cos(a);
		double y = t.y() + shift * Math.sin(a);
		List<Entity.Line> strokes = new ArrayList<>();
		double pen = 0;
		cs.beginText();
		cs.setTextMatrix(new Matrix((float) Math.cos(a), (float) Math.sin(a), (float) -Math.sin(a), (float) Math.cos(a), (float) x, (float) y));
		for (PdfFonts.Run r : runs) {
			cs.setFont(r.font(), size);
			for (int i = 0, end; i < r.text().length(); i = end) {
				CalloutSymbol symbol = CalloutSymbol.of(r.text().charAt(i));
				end = i + 1;
				while (symbol == null && end < r.text().length() && CalloutSymbol.of(r.text().charAt(end)) == null) {
					end++;
				}
				String piece = r.text().substring(i, end);
				double advance = r.font().getStringWidth(piece) / 1000 * size;
				if (symbol != null) {
					strokes.addAll(symbol.lines(t.layer(), x + pen * Math.cos(a), y + pen * Math.sin(a), advance, size, t.angleDeg()));
					cs.setRenderingMode(RenderingMode.NEITHER);
				}
				cs.showText(piece);
				if (symbol != null) {
					cs.setRenderingMode(RenderingMode.FILL);
				}
				pen += advance;
			}
		}
		cs.endText();
		if (!strokes.isEmpty()) {
			style(cs, t.layer(), current);
			for (Entity.Line l : strokes) {
				cs.moveTo((float) l.x1(), (float) l.y1());
				cs.lineTo((float) l.x2(), (float) l.y2());
			}
			cs.stroke();
		}
	}
}
