// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.partforge.drawing.Sheet;
import dev.partforge.export.svg.SvgDrawingWriter;
import dev.partforge.export.testing.SymbolSheets;

/**
 * The ISO 129-1 symbols ↧ ⌴ ⌵ of the callouts are in the SVG as text characters, read back by the JDK's XML parser,
 * in a font family that names fonts with their glyphs.
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
}
