// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.svg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.svg.SvgExporter;
import dev.partforge.export.testing.ExporterContractTest;

/** The SVG exporter passes the contract; its output parses with the JDK's XML parser and matches the drawing. */
public final class SvgExporterTest extends ExporterContractTest {
	private static final String SVG = "http://www.w3.org/2000/svg";

	@Override
	protected Exporter exporter() {
		return new SvgExporter();
	}

	@Override
	protected String formatId() {
		return "svg";
	}

	@Override
	protected void checkOutput(byte[] output, ExportRequest request) throws Exception {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(output));
		Element root = doc.getDocumentElement();
		assertEquals("svg", root.getLocalName());
		assertEquals(SVG, root.getNamespaceURI());
		assertTrue(root.getAttribute("width").endsWith("mm"), "width in mm: " + root.getAttribute("width"));
		NodeList sheets = root.getElementsByTagNameNS(SVG, "svg");
		assertEquals(request.parts().size(), sheets.getLength(), "one nested svg per sheet");
		for (int i = 0; i < request.parts().size(); i++) {
			ExportPart p = request.parts().get(i);
			Element sheet = (Element) sheets.item(i);
			Sheet expected = Drafter.draw(p.id(), p.recipe(), DrawingOptions.defaults().withPaper(request.settings().paper().chosen().orElseThrow()));
			assertEquals(expected.paper().width(), Double.parseDouble(sheet.getAttribute("width")), 1e-3);
			assertEquals(expected.paper().height(), Double.parseDouble(sheet.getAttribute("height")), 1e-3);
			List<String> texts = new ArrayList<>();
			NodeList ts = sheet.getElementsByTagNameNS(SVG, "text");
			for (int k = 0; k < ts.getLength(); k++) {
				texts.add(ts.item(k).getTextContent());
			}
			assertTrue(texts.contains(p.id()), "part number in the title block: " + texts);
			Set<String> dims = new HashSet<>();
			NodeList gs = sheet.getElementsByTagNameNS(SVG, "g");
			for (int k = 0; k < gs.getLength(); k++) {
				Element g = (Element) gs.item(k);
				if (g.getAttribute("class").startsWith("dimension")) {
					dims.add(g.getAttribute("data-param") + "=" + Double.parseDouble(g.getAttribute("data-value")));
				}
			}
			Set<String> want = new HashSet<>();
			for (Entity.Dimension d : expected.dimensions()) {
				want.add(d.param() + "=" + d.value());
			}
			assertEquals(want, dims, "dimensions of " + p.id());
		}
	}
}
