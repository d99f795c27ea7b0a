// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.svg.SvgDrawingWriter;
import dev.partforge.export.testing.SymbolInk;
import dev.partforge.export.testing.SymbolSheets;

/**
 * The ISO 129-1 symbols ↧ ⌴ ⌵ of the callouts are in the SVG's texts as characters, read back by the JDK's XML parser
 * (invisible, so the text still searches with them), and drawn as strokes in their one shape, rendered by librsvg.
 */
public final class SymbolsSvgTest {
	private static final String SVG = "http://www.w3.org/2000/svg";

	@Test
	void calloutsReadBackWithTheirSymbols() throws Exception {
		List<Sheet> sheets = SymbolSheets.withEverySymbol();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SvgDrawingWriter.write(sheets, "symbols", out);
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
		NodeList nested = doc.getDocumentElement().getElementsByTagNameNS(SVG, "svg");
		assertEquals(sheets.size(), nested.getLength(), "one nested svg per sheet");
		StringBuilder symbols = new StringBuilder();
		for (int i = 0; i < sheets.size(); i++) {
			List<String> texts = new ArrayList<>();
			NodeList ts = ((Element) nested.item(i)).getElementsByTagNameNS(SVG, "text");
			for (int k = 0; k < ts.getLength(); k++) {
				Element t = (Element) ts.item(k);
				texts.add(t.getTextContent());
				if (SymbolSheets.hasSymbol(t.getTextContent())) {
					assertTrue(t.getAttribute("font-family").contains("'DejaVu Sans', 'Noto Sans Symbols'"),
							"fonts with the symbols' glyphs: " + t.getAttribute("font-family"));
					symbols.append(t.getTextContent());
				}
			}
			for (String line : SymbolSheets.calloutLines(sheets.get(i))) {
				assertTrue(texts.contains(line), "'" + line + "' in " + texts);
			}
		}
		for (char c : SymbolSheets.SYMBOLS.toCharArray()) {
			assertTrue(symbols.indexOf(String.valueOf(c)) >= 0, c + " in the SVG's texts");
		}
	}

	/**
	 * librsvg (rsvg-convert, a third-party renderer) draws each symbol alone, upright and turned, in its one shape: the
	 * SVG strokes it rather than leaving it to the viewer's fonts (which may lack it or draw ↧ with its bar at the top).
	 */
	@Test
	void rsvgDrawsEachSymbolInItsShape() throws Exception {
		Path dir = Path.of(System.getProperty("partforge.testOutput", "target"), "symbols");
		Files.createDirectories(dir);
		Path svg = dir.resolve("symbol-shapes.svg");
		try (OutputStream o = Files.newOutputStream(svg)) {
			SvgDrawingWriter.write(List.of(SymbolInk.sheet()), "symbol shapes", o);
		}
		Path png = dir.resolve("symbol-shapes.png");
		String dpi = "" + Math.round(SymbolInk.PPM * 25.4);
		Process p;
		try {
			p = new ProcessBuilder("rsvg-convert", "--dpi-x", dpi, "--dpi-y", dpi, "-b", "white", "-o", png.toString(), svg.toString())
					.redirectErrorStream(true).start();
		} catch (IOException e) {
			if (Boolean.getBoolean("partforge.skipValidators")) {
				Assumptions.abort("rsvg-convert is not installed and -Dpartforge.skipValidators=true");
			}
			throw new AssertionError("rsvg-convert is not installed (apt-get install librsvg2-bin), or build with "
					+ "-Dpartforge.skipValidators=true to skip: " + e.getMessage(), e);
		}
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "rsvg-convert finishes");
		assertEquals(0, p.exitValue(), log);
		SymbolInk.assertShapes(SymbolInk.ink(png), "rsvg-convert");
	}
}
