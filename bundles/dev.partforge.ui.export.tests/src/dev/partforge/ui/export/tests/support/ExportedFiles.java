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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
	 * Checks a PDF drawing: it opens, has exactly one page per part (after a cover page for a practice set), every page
	 * has the paper's size, the cover lists every part and each sheet names its own part.
	 *
	 * @param file     the PDF
	 * @param cover    whether the first page is the cover of a practice set
	 * @param widthMm  paper width
	 * @param heightMm paper height
	 * @param partIds  the parts, in sheet order
	 * @throws IOException if the file cannot be read
	 */
	public static void checkPdf(Path file, boolean cover, double widthMm, double heightMm, String... partIds)
			throws IOException {
		try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
			int first = cover ? 1 : 0;
			assertEquals(first + partIds.length, doc.getNumberOfPages(), file + ": pages");
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				PDRectangle box = doc.getPage(i).getMediaBox();
				assertEquals(widthMm * PT_PER_MM, box.getWidth(), 1.0, file + " page " + (i + 1) + " width");
				assertEquals(heightMm * PT_PER_MM, box.getHeight(), 1.0, file + " page " + (i + 1) + " height");
			}
			if (cover) {
				String text = pageText(doc, 1);
				for (String id : partIds) {
					assertTrue(text.contains(id), file + ": the cover does not list part " + id + ":\n" + text);
				}
			}
			for (int i = 0; i < partIds.length; i++) {
				String text = pageText(doc, first + i + 1);
				assertTrue(text.contains(partIds[i]), file + ": sheet " + (first + i + 1) + " does not name " + partIds[i]);
			}
		}
	}

	private static String pageText(PDDocument doc, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(doc);
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
	 * Reads the length unit of a STEP file: the first unit of its GLOBAL_UNIT_ASSIGNED_CONTEXT, resolved through the
	 * instance it references. Millimetres are {@code SI_UNIT(.MILLI.,.METRE.)}; an inch is a
	 * {@code CONVERSION_BASED_UNIT('INCH', …)} whose LENGTH_MEASURE_WITH_UNIT is 25.4 of such millimetres.
	 *
	 * @param file the STEP file
	 * @return "mm" or "inch"
	 * @throws IOException if the file cannot be read
	 */
	public static String stepLengthUnit(Path file) throws IOException {
		Map<String, String> instances = stepInstances(file);
		String context = instances.values().stream().filter(s -> s.contains("GLOBAL_UNIT_ASSIGNED_CONTEXT")).findFirst()
				.orElseThrow(() -> new AssertionError(file + ": no GLOBAL_UNIT_ASSIGNED_CONTEXT"));
		Matcher units = Pattern.compile("GLOBAL_UNIT_ASSIGNED_CONTEXT\\(\\((#\\d+)")
				.matcher(context);
		assertTrue(units.find(), file + ": no units in " + context);
		String unit = instances.get(units.group(1));
		if (isMillimetre(unit)) {
			return "mm";
		}
		Matcher inch = Pattern
				.compile("CONVERSION_BASED_UNIT\\('INCH',(#\\d+)\\)LENGTH_UNIT\\(\\)").matcher(unit);
		assertTrue(inch.find(), file + ": length unit is neither mm nor inch: " + unit);
		Matcher measure = Pattern
				.compile("LENGTH_MEASURE_WITH_UNIT\\(LENGTH_MEASURE\\(([0-9.E+-]+)\\),(#\\d+)\\)")
				.matcher(instances.get(inch.group(1)));
		assertTrue(measure.find(), file + ": inch without its measure: " + instances.get(inch.group(1)));
		assertEquals(25.4, Double.parseDouble(measure.group(1)), 1e-9, file + ": millimetres per inch");
		assertTrue(isMillimetre(instances.get(measure.group(2))), file + ": an inch is not 25.4 mm");
		return "inch";
	}

	private static boolean isMillimetre(String unit) {
		return unit != null && unit.replace(" ", "").contains("LENGTH_UNIT()NAMED_UNIT(*)SI_UNIT(.MILLI.,.METRE.)");
	}

	/**
	 * @param file the STEP file
	 * @return the largest extent (x, y or z) of its CARTESIAN_POINTs, in the file's length unit
	 * @throws IOException if the file cannot be read
	 */
	public static double stepExtent(Path file) throws IOException {
		double[] min = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
		double[] max = { -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		Pattern point = Pattern
				.compile("CARTESIAN_POINT\\('[^']*',\\(([^,)]+),([^,)]+),([^,)]+)\\)\\)");
		for (String instance : stepInstances(file).values()) {
			Matcher m = point.matcher(instance);
			if (m.find()) {
				for (int i = 0; i < 3; i++) {
					double v = Double.parseDouble(m.group(i + 1));
					min[i] = Math.min(min[i], v);
					max[i] = Math.max(max[i], v);
				}
			}
		}
		assertTrue(min[0] <= max[0], file + ": no CARTESIAN_POINT");
		return Math.max(max[0] - min[0], Math.max(max[1] - min[1], max[2] - min[2]));
	}

	private static Map<String, String> stepInstances(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.ISO_8859_1);
		Map<String, String> instances = new LinkedHashMap<>();
		for (String statement : text.substring(text.indexOf("DATA;") + "DATA;".length()).split(";\\s*")) {
			Matcher m = Pattern.compile("(?s)(#\\d+)\\s*=\\s*(.+)").matcher(statement.strip());
			if (m.matches()) {
				instances.put(m.group(1), m.group(2).replaceAll("\\s+", ""));
			}
		}
		return instances;
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
