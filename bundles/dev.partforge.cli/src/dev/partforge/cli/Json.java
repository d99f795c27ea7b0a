// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes command results as JSON, so that every command prints JSON alike. Accepts {@link Map} (keys as strings, in
 * iteration order), {@link Iterable}, {@link CharSequence}, {@link Number}, {@link Boolean}, enums (their name in
 * lower case) and {@code null}; anything else is written as its {@code toString()} string.
 */
public final class Json {

	private Json() {
	}

	/**
	 * Serializes a value to compact JSON.
	 *
	 * @param value a tree of maps, lists and scalars
	 * @return the JSON text
	 * @throws IllegalArgumentException for a non-finite number (JSON has none)
	 */
	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		append(sb, value);
		return sb.toString();
	}

	private static void append(StringBuilder sb, Object value) {
		if (value == null) {
			sb.append("null");
		} else if (value instanceof Map<?, ?> map) {
			appendMap(sb, map);
		} else if (value instanceof Iterable<?> items) {
			appendList(sb, items.iterator());
		} else if (value instanceof Boolean b) {
			sb.append(b.booleanValue());
		} else if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (!Double.isFinite(d)) {
				throw new IllegalArgumentException("JSON cannot represent " + d);
			}
			sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
		} else if (value instanceof Number n) {
			sb.append(n);
		} else if (value instanceof Enum<?> e) {
			appendString(sb, e.name().toLowerCase(Locale.ROOT));
		} else {
			appendString(sb, value.toString());
		}
	}

	private static void appendMap(StringBuilder sb, Map<?, ?> map) {
		sb.append('{');
		boolean first = true;
		for (Map.Entry<?, ?> e : map.entrySet()) {
			if (!first) {
				sb.append(',');
			}
			first = false;
			appendString(sb, String.valueOf(e.getKey()));
			sb.append(':');
			append(sb, e.getValue());
		}
		sb.append('}');
	}

	private static void appendList(StringBuilder sb, Iterator<?> it) {
		sb.append('[');
		while (it.hasNext()) {
			append(sb, it.next());
			if (it.hasNext()) {
				sb.append(',');
			}
		}
		sb.append(']');
	}

	private static void appendString(StringBuilder sb, String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (c < 0x20) {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			}
		}
		sb.append('"');
	}
}
