// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbered Part 21 entity instances and locale-independent value formatting. */
final class StepEntities {
	private final List<String> lines = new ArrayList<>();

	/**
	 * @param entity entity text without "#n=" and ";"
	 * @return its instance reference "#n"
	 */
	String add(String entity) {
		lines.add(entity);
		return "#" + lines.size();
	}

	void writeTo(Writer w) throws IOException {
		for (int i = 0; i < lines.size(); i++) {
			w.write("#" + (i + 1) + "=" + lines.get(i) + ";\n");
		}
	}

	/** @return a Part 21 REAL: always a '.' and shortest round-trip digits, no locale */
	static String real(double v) {
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException("non-finite value in STEP output: " + v);
		}
		if (v == 0) {
			return "0.";
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v) + ".";
		}
		return Double.toString(v);
	}

	/** @return a Part 21 STRING with quotes doubled and non-ASCII characters as \X2\ escapes */
	static String str(String s) {
		StringBuilder b = new StringBuilder("'");
		for (char c : s.toCharArray()) {
			if (c == '\'') {
				b.append("''");
			} else if (c == '\\') {
				b.append("\\\\");
			} else if (c >= 32 && c < 127) {
				b.append(c);
			} else {
				b.append(String.format(Locale.ROOT, "\\X2\\%04X\\X0\\", (int) c));
			}
		}
		return b.append('\'').toString();
	}

	/** @return "(a,b,c)" */
	static String list(List<String> items) {
		return "(" + String.join(",", items) + ")";
	}
}
