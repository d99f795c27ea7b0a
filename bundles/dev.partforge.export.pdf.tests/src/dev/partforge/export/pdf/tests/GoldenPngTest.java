// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.pdf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.pdf.PdfDrawingWriter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * The three golden drawings (see dev.partforge.drawing.tests.GoldenDrawingsTest), written to PDF and rendered with
 * poppler's pdftoppm at 100 dpi into target/golden/, must look like the reviewed images committed in docs/drawings/:
 * same size, and at most {@value #MAX_CHANGED_PIXELS} pixels differing by more than {@value #CHANNEL_TOLERANCE} in
 * a colour channel (room for anti-aliasing, far less than one moved line or changed digit: a 1 mm line segment alone
 * is 4 pixels long at 100 dpi). The PDF's text is in the standard Helvetica font, which poppler draws with the
 * system's substitute: the images are rendered with Nimbus Sans (Debian package fonts-urw-base35), which the test
 * requires. After a reviewed change of the drawings, copy target/golden/*.png to docs/drawings/.
 */
final class GoldenPngTest {

	static final int MAX_CHANGED_PIXELS = 12;
	static final int CHANNEL_TOLERANCE = 48;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "beginner-1, BEGINNER, 1", "intermediate-7, INTERMEDIATE, 7", "expert-2, EXPERT, 2" })
	void rendersAsTheCommittedGoldenDrawing(String name, Difficulty level, long seed) throws Exception {
		Path out = Tools.output("golden");
		Tools.Result font = Tools.run(out, List.of("fc-match", "Helvetica"));
		assertTrue(font.exit() == 0 && font.output().contains("Nimbus Sans"), "the golden images show the PDF's "
				+ "Helvetica as Nimbus Sans, but fc-match Helvetica gives " + font.output().strip()
				+ " (apt-get install fonts-urw-base35)");
		Sheet s = Drafter.draw("GOLD-" + seed, RecipeGenerator.generate(level, seed, Units.MM), DrawingOptions.defaults());
		Path pdf = out.resolve(name + ".pdf");
		try (OutputStream o = Files.newOutputStream(pdf)) {
			PdfDrawingWriter.write(List.of(s), null, name, "PartForge", java.time.LocalDate.of(2026, 1, 1), o);
		}
		Tools.Result r = Tools.run(out, List.of("pdftoppm", "-png", "-r", "100", "-singlefile", pdf.toString(),
				out.resolve(name).toString()));
		assertEquals(0, r.exit(), r.output());
		Path committed = repository().resolve("docs/drawings").resolve(name + ".png");
		Path rendered = out.resolve(name + ".png");
		int changed = changedPixels(read(committed), read(rendered));
		assertTrue(changed <= MAX_CHANGED_PIXELS, changed + " pixels of " + rendered + " differ from " + committed
				+ "; if the change is intended, review it and copy the new image to docs/drawings/");
	}

	/** @return the pixels whose colour differs by more than the tolerance in any channel; sizes must be equal */
	static int changedPixels(BufferedImage expected, BufferedImage actual) {
		assertEquals(expected.getWidth() + "x" + expected.getHeight(), actual.getWidth() + "x" + actual.getHeight(),
				"image size");
		int changed = 0;
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				int a = expected.getRGB(x, y);
				int b = actual.getRGB(x, y);
				for (int shift = 0; shift <= 16; shift += 8) {
					if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > CHANNEL_TOLERANCE) {
						changed++;
						break;
					}
				}
			}
		}
		return changed;
	}

	private static BufferedImage read(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		if (image == null) {
			throw new AssertionError(png + " is not a readable PNG");
		}
		return image;
	}

	/** @return the repository root: the nearest ancestor of the working directory with docs/ and bundles/ */
	private static Path repository() {
		Path p = Path.of("").toAbsolutePath();
		while (p != null && !(Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("bundles")))) {
			p = p.getParent();
		}
		if (p == null) {
			throw new AssertionError("no repository root above " + Path.of("").toAbsolutePath());
		}
		return p;
	}
}
