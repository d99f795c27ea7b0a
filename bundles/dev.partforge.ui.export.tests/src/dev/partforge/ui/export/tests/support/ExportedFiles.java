// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads exported files back with real parsers: PDF with PDFBox, DXF as group-code/value pairs, STEP as an ISO 10303-21
 * exchange structure (header, data section, entity instances).
 */
public final class ExportedFiles {

	private static final double PT_PER_MM = 72 / 25.4;

	private ExportedFiles() {
	}

	/**
	 * Checks a PDF drawing: it opens, has the expected page count, every page has the paper's size, and the text names
	 * the parts.
	 *
	 * @param file     the PDF
	 * @param pages    the expected minimum page count
	 * @param widthMm  paper width
	 * @param heightMm paper height
	 * @param partIds  ids that must appear in the text (title blocks)
	 * @throws IOException if the file cannot be read
	 */
	public static void checkPdf(Path file, int pages, double widthMm, double heightMm, String... partIds)
			throws IOException {
		try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
			assertTrue(doc.getNumberOfPages() >= pages, file + ": " + doc.getNumberOfPages() + " pages");
			PDRectangle box = doc.getPage(doc.getNumberOfPages() - 1).getMediaBox();
			assertEquals(widthMm * PT_PER_MM, box.getWidth(), 1.0, file + " page width");
			assertEquals(heightMm * PT_PER_MM, box.getHeight(), 1.0, file + " page height");
			String text = new PDFTextStripper().getText(doc);
			for (String id : partIds) {
				assertTrue(text.contains(id), file + " does not name part " + id);
			}
		}
	}

	/**
	 * Parses a DXF file into sections of entities and checks its structure: pairs of integer group codes and values,
	 * HEADER and ENTITIES sections, EOF at the end, and drawn geometry (lines or polylines, and dimensions when asked).
	 *
	 * @param file       the DXF
	 * @param dimensions whether DIMENSION entities must be present
	 * @return the entity types of the ENTITIES section with their counts
	 * @throws IOException if the file cannot be read
	 */
	public static Map<String, Integer> checkDxf(Path file, boolean dimensions) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		assertEquals(0, lines.size() % 2, file + ": odd number of lines, not group-code/value pairs");
		Map<String, Map<String, Integer>> sections = new LinkedHashMap<>();
		String section = null;
		for (int i = 0; i < lines.size(); i += 2) {
			int code = Integer.parseInt(lines.get(i).trim());
			String value = lines.get(i + 1).trim();
			if (code == 0 && "SECTION".equals(value)) {
				section = lines.get(i + 3).trim();
				sections.put(section, new LinkedHashMap<>());
				i += 2;
			} else if (code == 0 && "ENDSEC".equals(value)) {
				section = null;
			} else if (code == 0 && section != null) {
				sections.get(section).merge(value, 1, Integer::sum);
			}
		}
		assertEquals("EOF", lines.get(lines.size() - 1).trim(), file + " does not end with EOF");
		assertTrue(sections.containsKey("HEADER"), file + ": no HEADER section " + sections.keySet());
		Map<String, Integer> entities = sections.get("ENTITIES");
		assertTrue(entities != null && entities.getOrDefault("LINE", 0) + entities.getOrDefault("LWPOLYLINE", 0) > 10,
				file + ": too few lines in ENTITIES: " + entities);
		if (dimensions) {
			assertTrue(entities.getOrDefault("DIMENSION", 0) > 0, file + ": no DIMENSION entities: " + entities);
		}
		return entities;
	}

	/**
	 * Checks a STEP file's exchange structure: ISO-10303-21 header with FILE_DESCRIPTION, FILE_NAME, FILE_SCHEMA; a
	 * DATA section of numbered instances; a solid (MANIFOLD_SOLID_BREP) and a PRODUCT per part id.
	 *
	 * @param file    the STEP file
	 * @param partIds ids of the products it must hold
	 * @return the number of data instances
	 * @throws IOException if the file cannot be read
	 */
	public static int checkStep(Path file, String... partIds) throws IOException {
		String text = Files.readString(file, StandardCharsets.ISO_8859_1).strip();
		assertTrue(text.startsWith("ISO-10303-21;"), file + " does not start with ISO-10303-21;");
		assertTrue(text.endsWith("END-ISO-10303-21;"), file + " does not end with END-ISO-10303-21;");
		int header = text.indexOf("HEADER;");
		int data = text.indexOf("DATA;");
		assertTrue(header > 0 && data > header, file + ": no HEADER before DATA");
		String head = text.substring(header, data);
		for (String entity : List.of("FILE_DESCRIPTION", "FILE_NAME", "FILE_SCHEMA")) {
			assertTrue(head.contains(entity), file + ": header lacks " + entity);
		}
		List<String> instances = new ArrayList<>();
		for (String statement : text.substring(data + "DATA;".length()).split(";\\s*")) {
			if (statement.startsWith("#")) {
				assertTrue(statement.matches("(?s)#\\d+\\s*=\\s*.+"), file + ": malformed instance " + statement);
				instances.add(statement);
			}
		}
		assertTrue(instances.stream().anyMatch(s -> s.contains("MANIFOLD_SOLID_BREP")), file + ": no solid");
		for (String id : partIds) {
			assertTrue(instances.stream().anyMatch(s -> s.contains("PRODUCT(") && s.contains("'" + id + "'")),
					file + ": no PRODUCT for " + id);
		}
		return instances.size();
	}
}
