// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.threemf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.print.PrintPart;
import dev.partforge.geometry.Vec3;
import dev.partforge.mesh.TriangleMesh;
import dev.partforge.recipes.Units;

/**
 * The 3MF model part: the unit ({@code millimeter} or {@code inch}), title and application metadata, one mesh object
 * per part (its own coordinates, in the unit) and one build item per part whose translation puts it on the build
 * plate beside the others. Numbers are written in plain decimal notation, independent of the locale.
 */
final class ModelXml {
	static final String CORE = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02";

	private final ExportRequest request;
	private final List<PrintPart> parts;
	private final List<Vec3> offsets;
	private final double scale;

	ModelXml(ExportRequest request, List<PrintPart> parts, List<Vec3> offsets, double scale) {
		this.request = request;
		this.parts = parts;
		this.offsets = offsets;
		this.scale = scale;
	}

	void write(OutputStream out) throws IOException {
		try {
			XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			x.writeStartDocument("UTF-8", "1.0");
			x.writeStartElement("model");
			x.writeDefaultNamespace(CORE);
			x.writeAttribute("unit", request.settings().units() == Units.INCH ? "inch" : "millimeter");
			x.writeAttribute("xml:lang", "en-US");
			metadata(x, "Title", request.isSet() ? "PartForge practice set" : parts.getFirst().name());
			metadata(x, "Application", "PartForge");
			metadata(x, "CreationDate", request.settings().date().toString());
			x.writeStartElement("resources");
			for (int i = 0; i < parts.size(); i++) {
				object(x, i + 1, parts.get(i));
			}
			x.writeEndElement();
			x.writeStartElement("build");
			for (int i = 0; i < parts.size(); i++) {
				Vec3 o = offsets.get(i).times(scale);
				x.writeEmptyElement("item");
				x.writeAttribute("objectid", Integer.toString(i + 1));
				x.writeAttribute("transform", "1 0 0 0 1 0 0 0 1 " + num(o.x()) + " " + num(o.y()) + " " + num(o.z()));
			}
			x.writeEndElement();
			x.writeEndElement();
			x.writeEndDocument();
			x.flush();
		} catch (XMLStreamException e) {
			throw new IOException("cannot write the 3MF model: " + e.getMessage(), e);
		}
	}

	private static void metadata(XMLStreamWriter x, String name, String value) throws XMLStreamException {
		x.writeStartElement("metadata");
		x.writeAttribute("name", name);
		x.writeCharacters(value);
		x.writeEndElement();
	}

	private void object(XMLStreamWriter x, int id, PrintPart p) throws XMLStreamException {
		TriangleMesh m = p.mesh();
		x.writeStartElement("object");
		x.writeAttribute("id", Integer.toString(id));
		x.writeAttribute("type", "model");
		x.writeAttribute("name", p.id() + " " + p.name());
		x.writeStartElement("mesh");
		x.writeStartElement("vertices");
		for (int v = 0; v < m.vertexCount(); v++) {
			Vec3 q = m.vertex(v);
			x.writeEmptyElement("vertex");
			x.writeAttribute("x", num((float) (q.x() * scale)));
			x.writeAttribute("y", num((float) (q.y() * scale)));
			x.writeAttribute("z", num((float) (q.z() * scale)));
		}
		x.writeEndElement();
		x.writeStartElement("triangles");
		int[] t = m.triangles();
		for (int k = 0; k < t.length; k += 3) {
			x.writeEmptyElement("triangle");
			x.writeAttribute("v1", Integer.toString(t[k]));
			x.writeAttribute("v2", Integer.toString(t[k + 1]));
			x.writeAttribute("v3", Integer.toString(t[k + 2]));
		}
		x.writeEndElement();
		x.writeEndElement();
		x.writeEndElement();
	}

	private static String num(float f) {
		return new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
	}

	private static String num(double d) {
		return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
	}
}
