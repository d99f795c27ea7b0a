// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one {@code doctor} check.
 *
 * @param name   what was checked
 * @param ok     whether it passed
 * @param detail what was found
 */
public record Check(String name, boolean ok, String detail) {

	/**
	 * A passed check.
	 *
	 * @param name   what was checked
	 * @param detail what was found
	 * @return the check
	 */
	public static Check ok(String name, String detail) {
		return new Check(name, true, detail);
	}

	/**
	 * A failed check.
	 *
	 * @param name   what was checked
	 * @param detail what is wrong and what to do
	 * @return the check
	 */
	public static Check fail(String name, String detail) {
		return new Check(name, false, detail);
	}

	/**
	 * Formats the check as one line.
	 *
	 * @return {@code OK    name: detail} or {@code FAIL  name: detail}
	 */
	public String line() {
		return (ok ? "OK    " : "FAIL  ") + name + ": " + detail;
	}

	/**
	 * Returns the check as a JSON-ready map.
	 *
	 * @return name, ok, detail
	 */
	public Map<String, Object> toMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", name);
		m.put("ok", ok);
		m.put("detail", detail);
		return m;
	}
}
