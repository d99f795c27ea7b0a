// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.ExportSettings;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * A second, independent DXF reader: LibreCAD 2.2 (libdxfrw), which always rebuilds dimensions from
 * their attributes, prints the DXFs of six seeded parts (two per level, one of them in inches) to PDF
 * headless ({@code librecad dxf2pdf}, Qt offscreen, under {@code timeout}: on a file it cannot load
 * LibreCAD opens its GUI and never exits). LibreCAD draws text with its own stroke fonts, so the PDF
 * has no text objects for pdftotext; the page (A4 in drawing units: an inch drawing's page is 25.4
 * times larger) is printed in black and white, rendered 4680 pixels high (400 dpi on A4, grey) and
 * read back by OCR (tesseract; in inch drawings after every pixel that is not white is made black:
 * LibreCAD's strokes are thin and grey on their 25.4 times larger page): in millimetre and inch drawings
 * the horizontal dimension values appear as the PDF exporter prints them (at least half of them
 * recognised, none padded with zeros such as 90.0000; the decimal point is the one the DXF header states,
 * {@code $DIMDSEP} 46, so a comma read by OCR counts as the point). Without $DIMLFAC LibreCAD 2.2 showed the values
 * of inch drawings divided by 25.4 (3.5625 as 0.1403). The R12 file of every part must load and print
 * too. Colour previews 1170 pixels high go to target/librecad/*.png
 * (docs/drawings/librecad-*.png are copies).
 */
final class LibreCadRenderTest {
	private static final Pattern PADDED = Pattern.compile("\\d*\\.?0000");
	/** The header variable that makes the point the decimal separator of dimension values. */
	private static final Pattern DECIMAL_POINT = Pattern.compile("\\$DIMDSEP\\s+70\\s+46\\s");

	@Test
	void libreCadPrintsTheValuesAsDrawn() throws Exception {
		Path dir = Validator.outputDir("librecad");
		Path runtime = dir.resolve("xdg-runtime");
		Files.createDirectories(runtime);
		Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
		Map<String, String> env = Map.of("QT_QPA_PLATFORM", "offscreen", "XDG_RUNTIME_DIR", runtime.toString());
		for (Difficulty d : Difficulty.values()) {
			for (long seed = 1; seed <= 2; seed++) {
				Units units = seed == 2 ? Units.INCH : Units.MM;
				String name = d.name().toLowerCase(Locale.ROOT) + "-" + seed + (units == Units.INCH ? "-in" : "");
				Recipe r = RecipeGenerator.generate(d, seed, units);
				ExportSettings s = Validator.writeDxf(dir, name, r, units);
				Path dxf = dir.resolve(name + ".dxf");
				Path pdf = dir.resolve(name + ".pdf");
				Files.deleteIfExists(pdf);
				String log = run(List.of("timeout", "60", "librecad", "dxf2pdf", "-a", "-m", dxf.toString()), env,
						"LibreCAD (apt-get install librecad)");
				assertTrue(Files.exists(pdf) && Files.size(pdf) > 1000, "LibreCAD printed " + pdf + ": " + log);
				Validator.run(List.of("pdftoppm", "-png", "-scale-to", "4680", "-gray", "-singlefile", pdf.toString(), dir.resolve(name + "-ocr").toString()),
						"pdftoppm (apt-get install poppler-utils)");
				if (units == Units.INCH) {
					blackenNonWhite(dir.resolve(name + "-ocr.png"));
				}
				String ocr = Validator.run(List.of("tesseract", dir.resolve(name + "-ocr.png").toString(), "-", "--psm", "12"),
						Map.of("OMP_THREAD_LIMIT", "1"), "tesseract (apt-get install tesseract-ocr)");
				// the DXF states the decimal point ($DIMDSEP 46, checked below); OCR reads the point of LibreCAD's thin
				// stroke font as a comma at times
				List<String> tokens = List.of(ocr.replace(',', '.').split("[\\s()=|]+"));
				assertTrue(DECIMAL_POINT.matcher(Files.readString(dxf)).find(), name + ": the DXF states the decimal point");
				List<String> values = horizontalValues(name, r, s);
				List<String> found = new ArrayList<>(values);
				found.retainAll(Set.copyOf(tokens));
				assertFalse(PADDED.matcher(ocr).find(), name + ": LibreCAD pads values with zeros: " + ocr);
				assertTrue(!values.isEmpty() && found.size() * 2 >= values.size(),
						name + ": LibreCAD shows " + found + " of the values " + values + "; OCR read: " + ocr);
				run(List.of("timeout", "60", "librecad", "dxf2pdf", "-a", dxf.toString()), env, "LibreCAD (apt-get install librecad)");
				Validator.run(List.of("pdftoppm", "-png", "-scale-to", "1170", "-singlefile", pdf.toString(), dir.resolve(name).toString()),
						"pdftoppm (apt-get install poppler-utils)");
				Path r12 = dir.resolve(name + "-r12.dxf");
				Path r12pdf = dir.resolve(name + "-r12.pdf");
				Files.deleteIfExists(r12pdf);
				Validator.writeDxf(r12, name, r, units, DxfVersion.R12);
				String r12log = run(List.of("timeout", "60", "librecad", "dxf2pdf", "-a", r12.toString()), env, "LibreCAD (apt-get install librecad)");
				assertTrue(Files.exists(r12pdf) && Files.size(r12pdf) > 1000, "LibreCAD printed " + r12pdf + ": " + r12log);
			}
		}
	}

	/** Makes every pixel darker than pure white black, in place: thin grey strokes become legible to OCR. */
	private static void blackenNonWhite(Path png) throws IOException {
		BufferedImage in = ImageIO.read(png.toFile());
		BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(),
				BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < in.getHeight(); y++) {
			for (int x = 0; x < in.getWidth(); x++) {
				int grey = in.getRaster().getSample(x, y, 0);
				out.setRGB(x, y, grey < 250 ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		if (!ImageIO.write(out, "png", png.toFile())) {
			throw new IOException("no PNG writer for " + png);
		}
	}

	/** LibreCAD exits 124 (timeout) when it fell back to its GUI: the file did not load. */
	private static String run(List<String> cmd, Map<String, String> env, String need) throws Exception {
		try {
			return Validator.run(cmd, env, need);
		} catch (AssertionError e) {
			throw new AssertionError("LibreCAD failed (exit 124: it did not load the file and opened its GUI): " + e.getMessage(), e);
		}
	}

	/** @return the texts of the horizontal linear dimensions that are plain numbers, as drawn */
	private static List<String> horizontalValues(String name, Recipe r, ExportSettings s) {
		List<String> out = new ArrayList<>();
		for (Entity.Dimension d : Drafter.draw(name, r, DrawingOptions.defaults().withPaper(s.paper().chosen().orElseThrow())).dimensions()) {
			if (d.kind() == DimensionKind.LINEAR && d.angleDeg() == 0 && d.text().matches("[0-9.]+")) {
				out.add(d.text());
			}
		}
		return out;
	}
}
