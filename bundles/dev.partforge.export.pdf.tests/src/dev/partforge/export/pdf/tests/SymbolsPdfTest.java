// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.TextMetrics;
import dev.partforge.export.pdf.PdfDrawingWriter;
import dev.partforge.export.testing.SymbolInk;
import dev.partforge.export.testing.SymbolSheets;

/**
 * The ISO 129-1 symbols depth ↧ (U+21A7), counterbore ⌴ (U+2334) and countersink ⌵ (U+2335), which the standard
 * Helvetica lacks, are stroked in their one shape and carried as invisible text in fonts embedded as subsets (DejaVu
 * Sans, Noto Sans Symbols): poppler draws each symbol's shape, its pdftotext reads every callout back with its symbols,
 * and layout reserves at least each glyph's width.
 */
public final class SymbolsPdfTest {
	@Test
	void calloutsReadBackWithTheirSymbols() throws Exception {
		List<Sheet> sheets = SymbolSheets.withEverySymbol();
		Path out = Tools.output("symbols");
		Path pdf = out.resolve("symbols.pdf");
		try (OutputStream o = Files.newOutputStream(pdf)) {
			PdfDrawingWriter.write(sheets, null, "symbols", "PartForge", java.time.LocalDate.of(2026, 1, 1), o);
		}
		for (int page = 1; page <= sheets.size(); page++) {
			Tools.Result r = Tools.run(out, List.of("pdftotext", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page, pdf.toString(), "-"));
			assertEquals(0, r.exit(), r.output());
			String text = r.output().replaceAll("\\s+", " ");
			for (String line : SymbolSheets.calloutLines(sheets.get(page - 1))) {
				assertTrue(text.contains(line), "pdftotext reads '" + line + "' on page " + page + ": " + text);
			}
		}
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			TreeSet<String> embedded = new TreeSet<>();
			for (PDPage page : doc.getPages()) {
				PDResources res = page.getResources();
				for (COSName n : res.getFontNames()) {
					PDFont f = res.getFont(n);
					if (f.isEmbedded()) {
						embedded.add(f.getName().replaceFirst("^[A-Z]{6}\\+", ""));
					}
				}
			}
			assertEquals(new TreeSet<>(List.of("DejaVuSans", "NotoSansSymbols-Regular")), embedded, "embedded subsets");
		}
	}

	/**
	 * poppler renders each symbol alone, upright and turned, in its one shape (the stroked {@code CalloutSymbol}, ↧ with
	 * its bar at the bottom, where the DejaVu Sans glyph of U+21A7 has it at the top), and still reads it as text.
	 */
	@Test
	void popplerDrawsEachSymbolInItsShape() throws Exception {
		Path out = Tools.output("symbols");
		Path pdf = out.resolve("symbol-shapes.pdf");
		try (OutputStream o = Files.newOutputStream(pdf)) {
			PdfDrawingWriter.write(List.of(SymbolInk.sheet()), null, "symbol shapes", "PartForge", java.time.LocalDate.of(2026, 1, 1), o);
		}
		Tools.Result r = Tools.run(out, List.of("pdftoppm", "-png", "-gray", "-r", "" + Math.round(SymbolInk.PPM * 25.4), "-singlefile",
				pdf.toString(), out.resolve("symbol-shapes").toString()));
		assertEquals(0, r.exit(), r.output());
		SymbolInk.assertShapes(SymbolInk.ink(out.resolve("symbol-shapes.png")), "pdftoppm");
		Tools.Result text = Tools.run(out, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
		for (char c : SymbolSheets.SYMBOLS.toCharArray()) {
			assertTrue(text.output().indexOf(c) >= 0, "pdftotext reads " + c + ": " + text.output());
		}
	}

	@Test
	void aDrawingWithoutSymbolsEmbedsNoFont() throws Exception {
		Sheet sheet = SymbolSheets.withoutSymbols();
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		PdfDrawingWriter.write(List.of(sheet), null, "plain", "PartForge", java.time.LocalDate.of(2026, 1, 1), o);
		try (PDDocument doc = Loader.loadPDF(o.toByteArray())) {
			PDResources res = doc.getPage(0).getResources();
			for (COSName n : res.getFontNames()) {
				assertFalse(res.getFont(n).isEmbedded(), "no embedded font: " + res.getFont(n).getName());
			}
		}
	}

	@Test
	void layoutReservesEachSymbolsWidth() throws Exception {
		Map<String, String> fonts = Map.of("\u21A7", "/fonts/DejaVuSans.ttf", "\u2334", "/fonts/NotoSansSymbols-Regular.ttf",
				"\u2335", "/fonts/NotoSansSymbols-Regular.ttf");
		for (Map.Entry<String, String> e : fonts.entrySet()) {
			try (PDDocument doc = new PDDocument(); InputStream in = PdfDrawingWriter.class.getResourceAsStream(e.getValue())) {
				PDType0Font font = PDType0Font.load(doc, in, false);
				double drawn = font.getStringWidth(e.getKey()) / 1000 * TextMetrics.FONT_PER_CAP * 3.5;
				double reserved = TextMetrics.width(e.getKey(), 3.5);
				assertTrue(drawn > 0 && drawn <= reserved, e.getKey() + " is " + drawn + " mm wide at 3.5 mm, layout reserves " + reserved);
			}
		}
	}
}
