// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.partforge.check.step.StepReadException;

/**
 * Reads the clear-text encoding of ISO 10303-21 (Part 21): the header's FILE_SCHEMA and every
 * instance of the data section, simple or complex. Comments are skipped; strings keep their Part 21
 * escapes. Errors name the line and, at the end of the text, say that the file is truncated.
 */
public final class Part21Parser {

	private final String text;
	private int pos;

	private Part21Parser(String text) {
		this.text = text;
	}

	/**
	 * @param text the whole file
	 * @return the schema names and the instances by number
	 * @throws StepReadException when the text is not a complete Part 21 file
	 */
	public static Part21File parse(String text) throws StepReadException {
		return new Part21Parser(text).file();
	}

	private Part21File file() throws StepReadException {
		skipSpace();
		if (text.isBlank()) {
			throw new StepReadException("the file is empty");
		}
		if (!text.startsWith("ISO-10303-21", pos)) {
			throw new StepReadException("not a STEP file: it does not start with ISO-10303-21;");
		}
		int header = text.indexOf("HEADER;", pos);
		int data = text.indexOf("DATA;", pos);
		if (header < 0 || data < 0) {
			throw new StepReadException("the file ends before its " + (header < 0 ? "HEADER" : "DATA") + " section (truncated?)");
		}
		List<String> schemas = schemas(text.substring(header, data));
		pos = data + "DATA;".length();
		Map<Integer, Entity> entities = new HashMap<>();
		while (true) {
			skipSpace();
			if (pos >= text.length()) {
				throw new StepReadException("the file ends without ENDSEC; after " + entities.size() + " instances (truncated?)");
			}
			if (text.startsWith("ENDSEC", pos)) {
				break;
			}
			Entity e = instance();
			if (entities.put(e.id(), e) != null) {
				throw new StepReadException("instance #" + e.id() + " is defined twice (line " + line() + ")");
			}
		}
		if (!text.contains("END-ISO-10303-21")) {
			throw new StepReadException("the file ends without END-ISO-10303-21; (truncated?)");
		}
		return new Part21File(schemas, entities);
	}

	private List<String> schemas(String headerText) throws StepReadException {
		int at = headerText.indexOf("FILE_SCHEMA");
		if (at < 0) {
			throw new StepReadException("the STEP header has no FILE_SCHEMA");
		}
		List<String> names = new ArrayList<>();
		int i = at;
		int end = headerText.indexOf(';', at);
		while ((i = headerText.indexOf('\'', i)) >= 0 && (end < 0 || i < end)) {
			int close = headerText.indexOf('\'', i + 1);
			if (close < 0) {
				break;
			}
			names.add(headerText.substring(i + 1, close).trim());
			i = close + 1;
		}
		return names;
	}

	private Entity instance() throws StepReadException {
		expect('#');
		int id = (int) integer();
		skipSpace();
		expect('=');
		skipSpace();
		Map<String, List<Object>> parts = new LinkedHashMap<>();
		if (peek() == '(') {
			pos++;
			skipSpace();
			while (peek() != ')') {
				String type = keyword();
				parts.put(type, list());
				skipSpace();
			}
			pos++;
		} else {
			String type = keyword();
			parts.put(type, list());
		}
		skipSpace();
		expect(';');
		if (parts.isEmpty()) {
			throw error("instance #" + id + " has no type");
		}
		return new Entity(id, parts);
	}

	private List<Object> list() throws StepReadException {
		skipSpace();
		expect('(');
		List<Object> out = new ArrayList<>();
		skipSpace();
		if (peek() == ')') {
			pos++;
			return out;
		}
		while (true) {
			out.add(value());
			skipSpace();
			char c = next();
			if (c == ')') {
				return out;
			}
			if (c != ',') {
				throw error("expected ',' or ')' but found '" + c + "'");
			}
		}
	}

	private Object value() throws StepReadException {
		skipSpace();
		char c = peek();
		switch (c) {
		case '#':
			pos++;
			return new Entity.Ref((int) integer());
		case '\'':
			return string();
		case '.':
			pos++;
			int end = text.indexOf('.', pos);
			if (end < 0) {
				throw truncated();
			}
			String name = text.substring(pos, end);
			pos = end + 1;
			return new Entity.Enum(name);
		case '$':
			pos++;
			return Entity.Omitted.UNSET;
		case '*':
			pos++;
			return Entity.Omitted.DERIVED;
		case '(':
			return list();
		case '"':
			int close = text.indexOf('"', pos + 1);
			if (close < 0) {
				throw truncated();
			}
			String bin = text.substring(pos + 1, close);
			pos = close + 1;
			return bin;
		default:
			if (c == '-' || c == '+' || Character.isDigit(c)) {
				return number();
			}
			if (Character.isLetter(c) || c == '!') {
				String type = keyword();
				return new Entity.Typed(type, list());
			}
			throw error("unexpected '" + c + "'");
		}
	}

	private String string() throws StepReadException {
		StringBuilder sb = new StringBuilder();
		pos++;
		while (true) {
			if (pos >= text.length()) {
				throw truncated();
			}
			char c = text.charAt(pos++);
			if (c == '\'') {
				if (pos < text.length() && text.charAt(pos) == '\'') {
					sb.append('\'');
					pos++;
				} else {
					return sb.toString();
				}
			} else {
				sb.append(c);
			}
		}
	}

	private Double number() throws StepReadException {
		int start = pos;
		while (pos < text.length() && "+-0123456789.Ee".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		String s = text.substring(start, pos);
		try {
			return Double.valueOf(s.endsWith(".") ? s + "0" : s.replace(".E", ".0E").replace(".e", ".0e"));
		} catch (NumberFormatException e) {
			throw error("'" + s + "' is not a number");
		}
	}

	private long integer() throws StepReadException {
		int start = pos;
		while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
			pos++;
		}
		if (start == pos) {
			throw pos >= text.length() ? truncated() : error("expected an instance number");
		}
		return Long.parseLong(text.substring(start, Math.min(pos, start + 18)));
	}

	private String keyword() throws StepReadException {
		skipSpace();
		int start = pos;
		while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_' || text.charAt(pos) == '!')) {
			pos++;
		}
		if (start == pos) {
			throw pos >= text.length() ? truncated() : error("expected an entity name but found '" + text.charAt(pos) + "'");
		}
		return text.substring(start, pos).toUpperCase(Locale.ROOT);
	}

	private void skipSpace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (Character.isWhitespace(c)) {
				pos++;
			} else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
				int end = text.indexOf("*/", pos + 2);
				pos = end < 0 ? text.length() : end + 2;
			} else {
				return;
			}
		}
	}

	private char peek() throws StepReadException {
		if (pos >= text.length()) {
			throw truncated();
		}
		return text.charAt(pos);
	}

	private char next() throws StepReadException {
		char c = peek();
		pos++;
		return c;
	}

	private void expect(char c) throws StepReadException {
		char got = next();
		if (got != c) {
			throw error("expected '" + c + "' but found '" + got + "'");
		}
	}

	private int line() {
		int n = 1;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				n++;
			}
		}
		return n;
	}

	private StepReadException truncated() {
		return new StepReadException("the file ends in the middle of an instance at line " + line() + " (truncated?)");
	}

	private StepReadException error(String what) {
		return new StepReadException("bad STEP syntax at line " + line() + ": " + what);
	}
}
