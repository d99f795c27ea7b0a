// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small ISO 10303-21 reader for tests: header, and data instances as parsed parameter trees.
 * Values: String (for '...' strings, unescaped quotes), Double (REAL), Long (INTEGER), Ref, Enum, List, Typed, null for $,
 * "*" for derived. Complex instances keep each partial entity as a Typed value.
 */
final class Part21Reader {

	/** An instance reference. */
	record Ref(int id) {
	}

	/** An enumeration or boolean (.T.). */
	record Enum(String name) {
	}

	/** A typed parameter or a partial entity: NAME(params). */
	record Typed(String name, List<Object> params) {
	}

	/** One data instance: its entity name (or the partial names joined by '+') and parameters. */
	record Instance(int id, String type, List<Object> params, List<Typed> partials) {
	}

	private final String text;
	private int pos;
	final List<Typed> header = new ArrayList<>();
	final Map<Integer, Instance> data = new LinkedHashMap<>();

	private Part21Reader(String text) {
		this.text = text;
	}

	static Part21Reader parse(String text) {
		Part21Reader r = new Part21Reader(text);
		r.read();
		return r;
	}

	private void read() {
		expectWord("ISO-10303-21");
		expect(';');
		expectWord("HEADER");
		expect(';');
		while (!peekWord("ENDSEC")) {
			header.add(typed());
			expect(';');
		}
		expectWord("ENDSEC");
		expect(';');
		expectWord("DATA");
		expect(';');
		while (!peekWord("ENDSEC")) {
			expect('#');
			int id = integer();
			expect('=');
			skip();
			if (text.charAt(pos) == '(') {
				pos++;
				List<Typed> parts = new ArrayList<>();
				skip();
				while (text.charAt(pos) != ')') {
					parts.add(typed());
					skip();
				}
				pos++;
				String type = String.join("+", parts.stream().map(Typed::name).toList());
				put(new Instance(id, type, List.of(), parts));
			} else {
				Typed t = typed();
				put(new Instance(id, t.name(), t.params(), List.of()));
			}
			expect(';');
		}
		expectWord("ENDSEC");
		expect(';');
		expectWord("END-ISO-10303-21");
		expect(';');
	}

	private void put(Instance i) {
		if (data.put(i.id(), i) != null) {
			throw new IllegalStateException("duplicate instance #" + i.id());
		}
	}

	private Typed typed() {
		skip();
		int s = pos;
		while (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_') {
			pos++;
		}
		String name = text.substring(s, pos);
		if (name.isEmpty()) {
			throw error("entity name expected");
		}
		expect('(');
		return new Typed(name, listBody());
	}

	private List<Object> listBody() {
		List<Object> items = new ArrayList<>();
		skip();
		if (text.charAt(pos) == ')') {
			pos++;
			return items;
		}
		while (true) {
			items.add(value());
			skip();
			char c = text.charAt(pos++);
			if (c == ')') {
				return items;
			}
			if (c != ',') {
				throw error("',' or ')' expected");
			}
		}
	}

	private Object value() {
		skip();
		char c = text.charAt(pos);
		if (c == '\'') {
			StringBuilder b = new StringBuilder();
			pos++;
			while (true) {
				char x = text.charAt(pos++);
				if (x == '\'') {
					if (text.charAt(pos) == '\'') {
						b.append('\'');
						pos++;
					} else {
						return b.toString();
					}
				} else {
					b.append(x);
				}
			}
		}
		if (c == '#') {
			pos++;
			return new Ref(integer());
		}
		if (c == '$') {
			pos++;
			return null;
		}
		if (c == '*') {
			pos++;
			return "*";
		}
		if (c == '(') {
			pos++;
			return listBody();
		}
		if (c == '.') {
			int e = text.indexOf('.', pos + 1);
			String n = text.substring(pos + 1, e);
			pos = e + 1;
			return new Enum(n);
		}
		if (c == '-' || c == '+' || Character.isDigit(c)) {
			int s = pos++;
			while (pos < text.length() && "0123456789.E+-".indexOf(text.charAt(pos)) >= 0) {
				pos++;
			}
			String num = text.substring(s, pos);
			return num.contains(".") ? (Object) Double.parseDouble(num) : (Object) Long.parseLong(num);
		}
		return typed();
	}

	private int integer() {
		int s = pos;
		while (Character.isDigit(text.charAt(pos))) {
			pos++;
		}
		return Integer.parseInt(text.substring(s, pos));
	}

	private void skip() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (Character.isWhitespace(c)) {
				pos++;
			} else if (text.startsWith("/*", pos)) {
				pos = text.indexOf("*/", pos) + 2;
			} else {
				return;
			}
		}
	}

	private boolean peekWord(String w) {
		skip();
		return text.startsWith(w, pos);
	}

	private void expectWord(String w) {
		if (!peekWord(w)) {
			throw error("'" + w + "' expected");
		}
		pos += w.length();
	}

	private void expect(char c) {
		skip();
		if (pos >= text.length() || text.charAt(pos) != c) {
			throw error("'" + c + "' expected");
		}
		pos++;
	}

	private IllegalStateException error(String what) {
		int from = Math.max(0, pos - 40);
		return new IllegalStateException(what + " at offset " + pos + ": ..." + text.substring(from, Math.min(text.length(), pos + 40)));
	}

	/** @return the instances of one entity type */
	List<Instance> all(String type) {
		return data.values().stream().filter(i -> i.type().equals(type)).toList();
	}

	/** @return every reference anywhere in the data section */
	List<Ref> references() {
		List<Ref> out = new ArrayList<>();
		for (Instance i : data.values()) {
			collect(i.params(), out);
			for (Typed t : i.partials()) {
				collect(t.params(), out);
			}
		}
		return out;
	}

	private static void collect(Object o, List<Ref> out) {
		switch (o) {
		case Ref r -> out.add(r);
		case List<?> l -> l.forEach(x -> collect(x, out));
		case Typed t -> collect(t.params(), out);
		case null, default -> {
		}
		}
	}
}
