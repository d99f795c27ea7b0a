// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.export.pdf.PdfExporter;
import dev.partforge.export.testing.ExporterContractTest;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;

/** The PDF exporter passes the contract; its output re-opened with PDFBox has the right pages, sizes and text. */
public final class PdfExporterTest extends ExporterContractTest {

	@Override
	protected Exporter exporter() {
		return new PdfExporter();
	}

	@Override
	protected String formatId() {
		return "pdf";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) throws Exception {
		try (PDDocument doc = Loader.loadPDF(output)) {
			int cover = request.isSet() ? 1 : 0;
			assertEquals(request.parts().size() + cover, doc.getNumberOfPages(), "pages");
			PDFTextStripper text = new PDFTextStripper();
			if (cover == 1) {
				text.setStartPage(1);
				text.setEndPage(1);
				String c = text.getText(doc);
				for (ExportPart p : request.parts()) {
					assertTrue(c.contains(p.id()), "cover lists " + p.id() + ": " + c);
				}
			}
			for (int i = 0; i < request.parts().size(); i++) {
				ExportPart p = request.parts().get(i);
				PDPage page = doc.getPage(i + cover);
				Sheet sheet = Drafter.draw(p.id(), p.recipe(), DrawingOptions.defaults().withPaper(request.settings().paper().chosen().orElseThrow()));
				assertSize(sheet.paper(), page);
				text.setStartPage(i + 1 + cover);
				text.setEndPage(i + 1 + cover);
				String t = text.getText(doc);
				for (String field : List.of("Part number", p.id(), "Seed", Long.toString(p.recipe().seed()), "Difficulty",
						p.recipe().difficulty().name().toLowerCase(Locale.ROOT), "Scale", sheet.scale().toString(), p.recipe().name(),
						(i + 1 + cover) + "/" + (request.parts().size() + cover), "ISO 2768-m")) {
					assertTrue(t.contains(field), "title block field '" + field + "' on page " + (i + 1 + cover) + ":\n" + t);
				}
			}
		}
	}

	static void assertSize(Paper paper, PDPage page) {
		assertEquals(paper.width(), page.getMediaBox().getWidth() * 25.4 / 72, 0.01, "page width in mm");
		assertEquals(paper.height(), page.getMediaBox().getHeight() * 25.4 / 72, 0.01, "page height in mm");
	}

	/** A part small enough for every sheet keeps the paper of the settings (larger parts may move up a size). */
	@Test
	void paperSizesFollowTheSettings() throws Exception {
		for (Paper size : List.of(Paper.A4, Paper.A3, Paper.A2, Paper.A1, Paper.ANSI_B)) {
			ExportRequest r = ExportRequest.of(new ExportPart("gauge", TrueScaleTest.gaugeBlock()), ExportSettings.defaults().withPaper(size));
			try (PDDocument doc = Loader.loadPDF(export(exporter(), r))) {
				assertSize(Paper.valueOf(size.name()), doc.getPage(0));
			}
		}
	}

	/**
	 * The same drawings written again give the same bytes: the creation date is the drawings' date (start of the day,
	 * UTC) and the trailer's /ID comes from the document's parts and title, not from the clock; another part gets another
	 * /ID.
	 */
	@Test
	void theSameDrawingsWrittenTwiceAreTheSameBytes() throws Exception {
		ExportSettings s = ExportSettings.defaults();
		ExportRequest r = ExportRequest.of(part("again", Difficulty.INTERMEDIATE, 6), s);
		byte[] first = export(exporter(), r);
		Thread.sleep(1_100); // a clock-based date or /ID would differ by now
		assertArrayEquals(first, export(exporter(), r));
		try (PDDocument doc = Loader.loadPDF(first);
				PDDocument other = Loader.loadPDF(export(exporter(), ExportRequest.of(part("other", Difficulty.INTERMEDIATE, 6), s)))) {
			assertEquals(s.date().atStartOfDay(ZoneOffset.UTC).toInstant(), doc.getDocumentInformation().getCreationDate().toInstant());
			assertNotEquals(doc.getDocument().getDocumentID().toString(), other.getDocument().getDocumentID().toString(), "the /ID");
		}
	}

	@Test
	void titleBlockAndDimensionsCanBeSwitchedOff() throws Exception {
		ExportSettings s = ExportSettings.defaults();
		ExportPart p = part("switch", Difficulty.INTERMEDIATE, 5);
		String full = text(ExportRequest.of(p, s));
		String bare = text(ExportRequest.of(p, s.withTitle(false).withDimensions(false)));
		assertTrue(full.contains("Part number") && full.contains("\u00D8"), full);
		assertFalse(bare.contains("Part number"), bare);
		assertFalse(bare.contains("\u00D8"), "no dimension text: " + bare);
	}

	/**
	 * The golden beginner part #1 (see dev.partforge.drawing.tests.GoldenDrawingsTest) has, in millimetres: disc 100 x
	 * 20, holes at (30, 73) and (18, 36), a pocket 10 x 8 at (84, 52); positions on round stock are dimensioned from the
	 * disc's axis at (50, 50): 20 and 23, 32 and 14, 34 (and 2). Exported in inches every one of these dimensions shows
	 * its value / 25.4 with four decimals (worked out by hand below), and the general tolerance is in inches.
	 */
	@Test
	void inchDrawingsShowTheMillimetreValuesConvertedToInches() throws Exception {
		ExportPart p = part("inch", Difficulty.BEGINNER, 1);
		ExportSettings s = ExportSettings.defaults().withPaper(Paper.ANSI_B);
		String mm = text(ExportRequest.of(p, s)).replaceAll("\\s+", "");
		String inch = text(ExportRequest.of(p, s.withUnits(Units.INCH))).replaceAll("\\s+", "");
		Map<String, String> values = Map.of("100", "3.937", "20", "0.7874", "23", "0.9055", "32", "1.2598", "14", "0.5512",
				"34", "1.3386", "10", "0.3937", "8", "0.315");
		values.forEach((millimetres, inches) -> {
			assertTrue(mm.contains(millimetres), "the mm drawing shows " + millimetres + ": " + mm);
			assertTrue(inch.contains(inches), millimetres + " mm = " + inches + " in is not on the inch drawing: " + inch);
			assertFalse(mm.contains(inches), "the mm drawing shows the inch value " + inches);
		});
		assertTrue(inch.contains("\u00B10.010in") && !inch.contains("ISO2768-m"), "inch tolerance: " + inch);
		assertTrue(mm.contains("ISO2768-m") && !mm.contains("\u00B10.010in"), "mm tolerance: " + mm);
	}

	private String text(ExportRequest r) throws Exception {
		try (PDDocument doc = Loader.loadPDF(export(exporter(), r))) {
			return new PDFTextStripper().getText(doc);
		}
	}
}
