// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small independent DXF reader for tests: group-code/value pairs, split into sections and entities
 * (each entity a list of pairs from its "0" pair to the next).
 */
final class DxfReader {
	final Map<String, List<List<String[]>>> sections = new LinkedHashMap<>();

	DxfReader(byte[] dxf) {
		String[] lines = new String(dxf, StandardCharsets.UTF_8).split("\r?\n", -1);
		if (lines.length % 2 == 0 ? false : !lines[lines.length - 1].isEmpty()) {
			throw new AssertionError("odd number of lines: not a group-code/value file");
		}
		List<List<String[]>> current = null;
		List<String[]> entity = null;
		for (int i = 0; i + 1 < lines.length; i += 2) {
			String code = lines[i].trim();
			String value = lines[i + 1];
			if (Integer.parseInt(code) == 999) {
				continue; // comment
			}
			if ("0".equals(code) && "SECTION".equals(value)) {
				String name = lines[i + 3];
				current = new ArrayList<>();
				sections.put(name, current);
				i += 2;
				entity = null;
				continue;
			}
			if ("0".equals(code) && ("ENDSEC".equals(value) || "EOF".equals(value))) {
				current = null;
				continue;
			}
			if (current == null) {
				throw new AssertionError("pair outside a section at line " + (i + 1) + ": " + code + "/" + value);
			}
			if ("0".equals(code)) {
				entity = new ArrayList<>();
				current.add(entity);
			}
			if (entity == null) {
				entity = new ArrayList<>();
				current.add(entity);
			}
			entity.add(new String[] { code, value });
		}
	}

	/** @return the entities (or table records, objects) of a section whose type is one of the given */
	List<List<String[]>> of(String section, String type) {
		List<List<String[]>> out = new ArrayList<>();
		for (List<String[]> e : sections.getOrDefault(section, List.of())) {
			if (!e.isEmpty() && e.getFirst()[1].equals(type)) {
				out.add(e);
			}
		}
		return out;
	}

	/** @return the first value of a group code in an entity, or null */
	static String get(List<String[]> e, int code) {
		for (String[] p : e) {
			if (Integer.parseInt(p[0]) == code) {
				return p[1];
			}
		}
		return null;
	}

	static double num(List<String[]> e, int code) {
		String v = get(e, code);
		if (v == null) {
			throw new AssertionError("group code " + code + " missing in " + e.getFirst()[1]);
		}
		return Double.parseDouble(v);
	}

	/** @return the header variables: name to the pairs that follow it */
	Map<String, List<String[]>> header() {
		Map<String, List<String[]>> h = new LinkedHashMap<>();
		String var = null;
		for (List<String[]> e : sections.getOrDefault("HEADER", List.of())) {
			for (String[] p : e) {
				if ("9".equals(p[0])) {
					var = p[1];
					h.putIfAbsent(var, new ArrayList<>());
				} else if (var != null) {
					h.get(var).add(p);
				}
			}
		}
		return h;
	}

	/** @return the DIMENSION's measurement from its definition points, in drawing units */
	static double measurement(List<String[]> d) {
		int type = (int) num(d, 70) & 7;
		if (type == 0) {
			double a = Math.toRadians(num(d, 50));
			double dx = num(d, 14) - num(d, 13);
			double dy = num(d, 24) - num(d, 23);
			return Math.abs(dx * Math.cos(a) + dy * Math.sin(a));
		}
		return Math.hypot(num(d, 15) - num(d, 10), num(d, 25) - num(d, 20));
	}
}
