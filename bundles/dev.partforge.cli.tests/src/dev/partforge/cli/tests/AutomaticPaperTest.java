// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code --paper auto} through the real dispatcher, store and the PDF, DXF and SVG exporters: each part gets
 * the smallest sheet of its units' family that fits it (ISO A from A4 for millimetre parts, ANSI from ANSI A for
 * inch parts), read back from the files (PDFBox media boxes, the DXF's {@code $LIMMAX}, the SVG's width and height),
 * and a set PDF holds pages of different sizes.
 */
class AutomaticPaperTest {

	private static final String A4 = "210.0 x 297.0";
	private static final String A3 = "420.0 x 297.0";
	private static final String ANSI_A = "279.4 x 215.9";
	private static final String ANSI_C = "558.8 x 431.8";

	@TempDir
	Path dir;

	@Test
	void aSmallAndALargePartGetDifferentSheetsInEveryDrawingFormat() throws IOException {
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "2").exitCode());
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "expert", "--seed", "2").exitCode());
		for (String[] part : new String[][] { { "B-2", "A4" }, { "E-2", "A3" } }) {
			double[] size = part[1].equals("A4") ? new double[] { 210, 297 } : new double[] { 420, 297 };
			Path pdf = export(part[0], "pdf");
			assertEquals(List.of(part[1].equals("A4") ? A4 : A3), pageSizes(pdf), part[0] + " PDF");
			String dxf = Files.readString(export(part[0], "dxf"), StandardCharsets.UTF_8);
			Matcher lim = Pattern.compile("\\$LIMMAX\\r?\\n\\s*10\\r?\\n([-0-9.]+)\\r?\\n\\s*20\\r?\\n([-0-9.]+)").matcher(dxf);
			assertTrue(lim.find(), "DXF limits");
			assertEquals(size[0], Double.parseDouble(lim.group(1)), 0.01, part[0] + " DXF width");
			assertEquals(size[1], Double.parseDouble(lim.group(2)), 0.01, part[0] + " DXF height");
			String svg = Files.readString(export(part[0], "svg"), StandardCharsets.UTF_8);
			Matcher wh = Pattern.compile("<svg [^>]*width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\"").matcher(svg);
			assertTrue(wh.find(), "SVG size");
			assertEquals(size[0], Double.parseDouble(wh.group(1)), 0.01, part[0] + " SVG width");
			assertEquals(size[1], Double.parseDouble(wh.group(2)), 0.01, part[0] + " SVG height");
		}
		Path set = dir.resolve("set.pdf");
		CliRun r = CliRun.run(dir, "export", "--set", "B-2,E-2", "--format", "pdf", "--paper", "auto", "--out", set.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(List.of(A4, A4, A3), pageSizes(set), "the cover (as the first sheet), then each part on its own sheet");
	}

	/** The worksheet takes {@code --paper auto} too: its set PDF and each part's PDF on the part's own sheet. */
	@Test
	void aWorksheetWithAutomaticPaperHasPagesOfDifferentSizes() throws IOException {
		Path out = dir.resolve("sheet");
		CliRun r = CliRun.run(dir, "worksheet", "--difficulty", "beginner", "--count", "2", "--seed", "100", "--formats", "pdf",
				"--paper", "auto", "--out", out.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(List.of(A4), pageSizes(out.resolve("01-B-100.pdf")));
		assertEquals(List.of(A3), pageSizes(out.resolve("02-B-101.pdf")));
		assertEquals(List.of(A4, A4, A3), pageSizes(out.resolve("worksheet.pdf")), "cover, then each part's own sheet");
	}

	/** Inch parts grow through the ANSI sheets, also past the offered ones (ANSI C) when a part needs it. */
	@Test
	void inchPartsTakeTheSmallestAnsiSheet() throws IOException {
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "4", "--units", "inch").exitCode());
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "expert", "--seed", "3", "--units", "inch").exitCode());
		assertEquals(List.of(ANSI_A), pageSizes(export("B-4-IN", "pdf")));
		assertEquals(List.of(ANSI_C), pageSizes(export("E-3-IN", "pdf")));
	}

	/** A user who has chosen no paper has it automatic: a fresh data directory, no {@code --paper}. */
	@Test
	void aFreshDataDirectoryStartsWithAutomaticPaper() throws IOException {
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "2").exitCode());
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "expert", "--seed", "2").exitCode());
		for (String[] part : new String[][] { { "B-2", "A4" }, { "E-2", "A3" } }) {
			Path pdf = dir.resolve(part[0] + "-default.pdf");
			CliRun r = CliRun.run(dir, "export", "--part", part[0], "--format", "pdf", "--out", pdf.toString());
			assertEquals(0, r.exitCode(), r.err());
			assertEquals(List.of(part[1].equals("A4") ? A4 : A3), pageSizes(pdf), part[0] + ": the smallest sheet that holds it");
		}
	}

	@Test
	void anUnknownPaperIsOneLineNamingAuto() {
		assertEquals(0, CliRun.run(dir, "generate", "--difficulty", "beginner", "--seed", "5").exitCode());
		CliRun r = CliRun.run(dir, "export", "--part", "B-5", "--format", "pdf", "--paper", "B0", "--out",
				dir.resolve("x.pdf").toString());
		assertEquals(2, r.exitCode(), r.err());
		assertTrue(r.err().contains("--paper must be one of auto|a4|a3|a2|a1|ansi_a|ansi_b, got 'B0'"), r.err());
		assertEquals(1, r.err().strip().lines().count(), r.err());
		CliRun help = CliRun.run(dir, "export", "--help");
		assertTrue((help.out() + help.err()).contains("--paper auto|A4"), "usage names auto");
	}

	private Path export(String part, String format) {
		Path out = dir.resolve(part + "." + format);
		CliRun r = CliRun.run(dir, "export", "--part", part, "--format", format, "--paper", "auto", "--out", out.toString());
		assertEquals(0, r.exitCode(), r.err());
		return out;
	}

	/** @return each page's media box in millimetres, e.g. "210.0 x 297.0" */
	private static List<String> pageSizes(Path pdf) throws IOException {
		List<String> sizes = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : doc.getPages()) {
				PDRectangle box = page.getMediaBox();
				sizes.add(String.format(Locale.ROOT, "%.1f x %.1f", box.getWidth() * 25.4 / 72, box.getHeight() * 25.4 / 72));
			}
		}
		return sizes;
	}
}
