// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.DxfVersion;
import dev.partforge.export.dxf.DxfDrawingWriter;
import dev.partforge.export.testing.SymbolSheets;

/**
 * The ISO 129-1 symbols ↧ ⌴ ⌵ of the callouts are in the DXF text as characters: ezdxf (a third-party reader,
 * scripts/dxf-texts.py) reads every callout line back with its symbols, from the UTF-8 R2013 file (MTEXT) and from the
 * Windows-1252 R12 file (TEXT with \U+XXXX escapes).
 */
final class SymbolsDxfTest {

	@Test
	void ezdxfReadsTheCalloutsWithTheirSymbols() throws Exception {
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
		String[] args = files.toArray(String[]::new);
		List<String> read = List.of(Validator.python("dxf-texts.py", args).split("\n"));
		int i = 0;
		for (Sheet s : sheets) {
			for (DxfVersion v : DxfVersion.values()) {
				String json = read.get(i++);
				for (String line : SymbolSheets.calloutLines(s)) {
					assertTrue(json.contains("\"" + line + "\""), v + ": ezdxf reads '" + line + "' in " + json);
				}
			}
		}
		assertTrue(String.join("", read).chars().filter(c -> SymbolSheets.SYMBOLS.indexOf(c) >= 0).distinct().count() == 3,
				"all three symbols read back");
	}
}
