// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf;

import java.util.Locale;

/** Group-code/value pairs of an ASCII DXF, with upper-case hexadecimal handles. */
final class DxfOut {
	private final StringBuilder sb = new StringBuilder(1 << 16);
	private final int[] next;

	DxfOut(int[] next) {
		this.next = next;
	}

	/** @return a fresh handle */
	String handle() {
		return Integer.toHexString(next[0]++).toUpperCase(Locale.ROOT);
	}

	DxfOut g(int code, String value) {
		sb.append(code < 10 ? "  " : code < 100 ? " " : "").append(code).append('\n').append(value).append('\n');
		return this;
	}

	DxfOut g(int code, int value) {
		return g(code, Integer.toString(value));
	}

	DxfOut g(int code, double value) {
		return g(code, num(value));
	}

	/** Writes a point with codes c, c + 10, c + 20 (z = 0). */
	DxfOut p(int code, double x, double y) {
		return g(code, x).g(code + 10, y).g(code + 20, 0.0);
	}

	static String num(double v) {
		if (Math.abs(v) < 1e-12) {
			return "0.0";
		}
		String s = String.format(Locale.ROOT, "%.10f", v);
		s = s.replaceAll("0+$", "");
		return s.endsWith(".") ? s + "0" : s;
	}

	StringBuilder text() {
		return sb;
	}
}
