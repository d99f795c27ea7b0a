// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.DimensionKind;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.SymbolTexts;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.dxf.DxfDrawingWriter;
import dev.partforge.export.testing.SymbolInk;
import dev.partforge.export.testing.SymbolSheets;

/**
 * The ISO 129-1 symbols ↧ ⌴ ⌵ of the callouts are LINEs in their one shape in the DXF (readers' fonts lack them:
 * LibreCAD 2.2 draws its missing-glyph mark), the text around them TEXT/MTEXT runs: ezdxf (a third-party reader,
 * scripts/dxf-texts.py and dxf-lines.py) reads every callout's text back, no symbol character in any text, and the
 * lines of each symbol drawn from what ezdxf reads have the symbol's shape, upright and turned, in R2013 and R12;
 * LibreCAD prints each symbol in its shape.
 */
final class SymbolsDxfTest {

	@Test
	void ezdxfReadsTheCalloutsTextWithTheSymbolsAsLines() throws Exception {
		Path dir = Validator.outputDir("dxf-symbols");
		List<Sheet> sheets = SymbolSheets.withEverySymbol();
		List<String> files = new ArrayList<>();
		for (Sheet s : sheets) {
			for (DxfVersion v : DxfVersion.values()) {
				Path f = dir.resolve(s.partId() + "-" + v + ".dxf");
				try (OutputStream out = Files.newOutputStream(f)) {
					DxfDrawingWriter.write(List.of(s), DxfDrawingWriter.metadata(s.partId(), "1", "test", "symbols"), v, out);
				}
				files.add(f.toString());
			}
		}
		List<String> read = List.of(Validator.python("dxf-texts.py", files.toArray(String[]::new)).split("\n"));
		int i = 0;
		for (Sheet s : sheets) {
			for (DxfVersion v : DxfVersion.values()) {
				String json = read.get(i++);
				for (Entity.Dimension d : s.dimensions()) {
					for (Entity g : d.kind() == DimensionKind.CALLOUT ? d.graphics() : List.<Entity> of()) {
						if (g instanceof Entity.Text t) {
							for (SymbolTexts.Run r : SymbolTexts.runs(t)) {
								assertTrue(r.symbol() != null || json.contains("\"" + r.text() + "\""),
										v + ": ezdxf reads '" + r.text() + "' of '" + t.text() + "' in " + json);
							}
						}
					}
				}
				assertFalse(json.chars().anyMatch(c -> SymbolSheets.SYMBOLS.indexOf(c) >= 0), v + ": no symbol left to a font: " + json);
			}
		}
	}

	@Test
	void theSymbolsLinesHaveTheirShape() throws Exception {
		Path dir = Validator.outputDir("dxf-symbols");
		Sheet sheet = SymbolInk.sheet();
		for (DxfVersion v : DxfVersion.values()) {
			Path f = dir.resolve("symbol-shapes-" + v + ".dxf");
			try (OutputStream out = Files.newOutputStream(f)) {
				DxfDrawingWriter.write(List.of(sheet), DxfDrawingWriter.metadata("SYMBOLS", "1", "test", "symbols"), v, out);
			}
			List<double[]> lines = new ArrayList<>();
			for (String row : Validator.python("dxf-lines.py", f.toString()).strip().split("\n")) {
				String[] c = row.split(" ");
				assertEquals(Layer.DIMENSIONS.name(), c[4], "the symbol's lines on its text's layer");
				lines.add(new double[] { Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3]) });
			}
			SymbolInk.assertShapes(SymbolInk.ink(lines, Layer.DIMENSIONS.lineWidth()), "ezdxf " + v);
		}
	}

	@Test
	void libreCadPrintsEachSymbolInItsShape() throws Exception {
		Path dir = Validator.outputDir("librecad");
		Path runtime = dir.resolve("xdg-runtime");
		Files.createDirectories(runtime);
		Files.setPosixFilePermissions(runtime, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
		Path dxf = dir.resolve("symbol-shapes.dxf");
		try (OutputStream out = Files.newOutputStream(dxf)) {
			DxfDrawingWriter.write(List.of(SymbolInk.sheet()), DxfDrawingWriter.metadata("SYMBOLS", "1", "test", "symbols"), out);
		}
		Path pdf = dir.resolve("symbol-shapes.pdf");
		Files.deleteIfExists(pdf);
		String log = Validator.run(List.of("timeout", "60", "librecad", "dxf2pdf", "-m", "-s", "1", "-p", "210x297", "-f", "0,0,0,0",
				dxf.toString()), Map.of("QT_QPA_PLATFORM", "offscreen", "XDG_RUNTIME_DIR", runtime.toString()),
				"LibreCAD (apt-get install librecad)");
		assertTrue(Files.exists(pdf), "LibreCAD printed " + pdf + ": " + log);
		Validator.run(List.of("pdftoppm", "-png", "-gray", "-r", "" + Math.round(SymbolInk.PPM * 25.4), "-singlefile", pdf.toString(),
				dir.resolve("symbol-shapes").toString()), "pdftoppm (apt-get install poppler-utils)");
		SymbolInk.assertShapes(SymbolInk.ink(dir.resolve("symbol-shapes.png")), "LibreCAD");
	}
}
