// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.pdf.PdfDrawingWriter;
import dev.partforge.recipes.CornerTreatment;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Stock;
import dev.partforge.recipes.StockKind;
import dev.partforge.recipes.Units;

/**
 * A known edge measured in the page's content stream: a 50 x 30 x 10 block's 50 mm edge, drawn as a
 * wide (0.7 mm) line, must be 50 mm times the drawing scale long on paper, in PDF points through the
 * content stream's own {@code cm} matrix.
 */
final class TrueScaleTest {

	@Test
	void fiftyMillimetreEdgeMeasuresFiftyMillimetresTimesScale() throws Exception {
		Recipe r = gaugeBlock();
		for (DrawingOptions o : List.of(DrawingOptions.defaults(), DrawingOptions.defaults().withPaper(dev.partforge.drawing.Paper.A4))) {
			Sheet s = Drafter.draw("GAUGE", r, o);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfDrawingWriter.write(List.of(s), null, "gauge", "test", java.time.LocalDate.of(2026, 1, 1), out);
			List<Double> wide = wideLinesInPoints(out.toByteArray());
			double expected = 50 * s.scale().factor() * 72 / 25.4;
			assertTrue(wide.stream().anyMatch(l -> Math.abs(l - expected) < 0.01),
					"a wide line of " + expected + " pt (50 mm at " + s.scale() + ") among " + wide);
		}
	}

	/** @return a 50 x 30 x 10 block with a through hole */
	static Recipe gaugeBlock() {
		return new Recipe("gauge block", 1, Difficulty.BEGINNER, Units.MM, 1, new Stock(StockKind.BLOCK, 50, 30, 10, 0, 0, CornerTreatment.NONE, 0),
				List.of(new Hole("TOP", 25, 15, 6, 0, true, new Pattern.None())));
	}

	/** Lengths in points of every stroked m/l segment drawn with line width 0.7 user units (mm). */
	private static List<Double> wideLinesInPoints(byte[] pdf) throws Exception {
		List<Double> out = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFStreamParser p = new PDFStreamParser(doc.getPage(0));
			List<Object> tokens = p.parse();
			double scale = 1;
			double width = 0;
			double[] from = null;
			List<Float> args = new ArrayList<>();
			for (Object t : tokens) {
				if (t instanceof COSNumber n) {
					args.add(n.floatValue());
					continue;
				}
				if (t instanceof Operator op) {
					switch (op.getName()) {
					case "cm" -> scale = args.get(0);
					case "w" -> width = args.get(0);
					case "m" -> from = new double[] { args.get(0), args.get(1) };
					case "l" -> {
						if (Math.abs(width - 0.7) < 1e-6 && from != null) {
							out.add(Math.hypot(args.get(0) - from[0], args.get(1) - from[1]) * scale);
						}
						from = new double[] { args.get(0), args.get(1) };
					}
					default -> {
						// other operators do not draw lines
					}
					}
					args.clear();
				}
			}
		}
		return out;
	}
}
