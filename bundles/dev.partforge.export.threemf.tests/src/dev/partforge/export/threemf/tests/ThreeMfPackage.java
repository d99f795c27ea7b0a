// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.threemf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A 3MF package read back with the JDK's zip reader and a namespace-aware DOM parser, checked against the core
 * specification's package structure: content types for the rels and model parts, a start-part relationship to the
 * model, the model in the core namespace.
 *
 * @param model the parsed model part
 */
record ThreeMfPackage(Document model) {
	static final String CORE = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02";

	static ThreeMfPackage read(byte[] bytes) throws Exception {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				parts.put(e.getName(), zip.readAllBytes());
			}
		}
		Document types = parse(parts.get("[Content_Types].xml"), "[Content_Types].xml");
		Map<String, String> defaults = new HashMap<>();
		NodeList d = types.getElementsByTagNameNS("http://schemas.openxmlformats.org/package/2006/content-types", "Default");
		for (int i = 0; i < d.getLength(); i++) {
			Element e = (Element) d.item(i);
			defaults.put(e.getAttribute("Extension"), e.getAttribute("ContentType"));
		}
		assertEquals("application/vnd.openxmlformats-package.relationships+xml", defaults.get("rels"));
		assertEquals("application/vnd.ms-package.3dmanufacturing-3dmodel+xml", defaults.get("model"));
		Document rels = parse(parts.get("_rels/.rels"), "_rels/.rels");
		Element rel = (Element) rels
				.getElementsByTagNameNS("http://schemas.openxmlformats.org/package/2006/relationships", "Relationship").item(0);
		assertEquals("http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel", rel.getAttribute("Type"));
		String target = rel.getAttribute("Target").replaceFirst("^/", "");
		Document model = parse(parts.get(target), target);
		assertEquals(CORE, model.getDocumentElement().getNamespaceURI());
		assertEquals("model", model.getDocumentElement().getLocalName());
		return new ThreeMfPackage(model);
	}

	private static Document parse(byte[] part, String name) throws Exception {
		assertTrue(part != null, "no " + name + " in the package");
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		f.setNamespaceAware(true);
		try {
			return f.newDocumentBuilder().parse(new ByteArrayInputStream(part));
		} catch (IOException e) {
			throw new AssertionError(name + " does not parse: " + e.getMessage(), e);
		}
	}

	/** @return the model's unit attribute */
	String unit() {
		return model.getDocumentElement().getAttribute("unit");
	}

	/** @return the object elements */
	NodeList objects() {
		return model.getElementsByTagNameNS(CORE, "object");
	}

	/** @return the build items */
	NodeList items() {
		return model.getElementsByTagNameNS(CORE, "item");
	}

	/**
	 * Volume of one object's mesh, checking that every directed edge is used once and its reverse once (closed,
	 * manifold, consistently oriented).
	 *
	 * @param object an object element
	 * @return its volume in model units cubed
	 */
	static double closedVolume(Element object) {
		NodeList vs = object.getElementsByTagNameNS(CORE, "vertex");
		double[] p = new double[3 * vs.getLength()];
		for (int i = 0; i < vs.getLength(); i++) {
			Element v = (Element) vs.item(i);
			p[3 * i] = Double.parseDouble(v.getAttribute("x"));
			p[3 * i + 1] = Double.parseDouble(v.getAttribute("y"));
			p[3 * i + 2] = Double.parseDouble(v.getAttribute("z"));
		}
		NodeList ts = object.getElementsByTagNameNS(CORE, "triangle");
		Set<Long> directed = new HashSet<>();
		double volume = 0;
		for (int i = 0; i < ts.getLength(); i++) {
			Element t = (Element) ts.item(i);
			int[] c = { Integer.parseInt(t.getAttribute("v1")), Integer.parseInt(t.getAttribute("v2")),
					Integer.parseInt(t.getAttribute("v3")) };
			for (int k = 0; k < 3; k++) {
				assertTrue(directed.add((long) c[k] << 32 | c[(k + 1) % 3]), "edge used twice the same way");
			}
			double[] a = { p[3 * c[0]], p[3 * c[0] + 1], p[3 * c[0] + 2] };
			double[] b = { p[3 * c[1]], p[3 * c[1] + 1], p[3 * c[1] + 2] };
			double[] e = { p[3 * c[2]], p[3 * c[2] + 1], p[3 * c[2] + 2] };
			volume += a[0] * (b[1] * e[2] - b[2] * e[1]) - a[1] * (b[0] * e[2] - b[2] * e[0]) + a[2] * (b[0] * e[1] - b[1] * e[0]);
		}
		for (long k : directed) {
			assertTrue(directed.contains((k & 0xffffffffL) << 32 | k >>> 32), "open edge");
		}
		return volume / 6;
	}
}
