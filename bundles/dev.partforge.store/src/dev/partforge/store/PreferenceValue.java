// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/** A typed preference value. */
public sealed interface PreferenceValue {

	/**
	 * A string value.
	 *
	 * @param value the string
	 */
	record Text(String value) implements PreferenceValue {
		/**
		 * Creates a string value.
		 *
		 * @param value not null
		 */
		public Text {
			Objects.requireNonNull(value, "value");
		}
	}

	/**
	 * A numeric value.
	 *
	 * @param value the number
	 */
	record Number(double value) implements PreferenceValue {
	}

	/**
	 * A boolean value.
	 *
	 * @param value the flag
	 */
	record Flag(boolean value) implements PreferenceValue {
	}

	/**
	 * A structured value: an EMF object of the PartForge model, e.g. {@code ExportPreferences}. The store keeps a
	 * copy.
	 *
	 * @param value the object
	 */
	record Model(EObject value) implements PreferenceValue {
		/**
		 * Creates a structured value.
		 *
		 * @param value not null
		 */
		public Model {
			Objects.requireNonNull(value, "value");
		}
	}

	/**
	 * Parses a command-line value: {@code true}/{@code false} become flags, decimal numbers become numbers, anything
	 * else text.
	 *
	 * @param text the text
	 * @return the value
	 */
	static PreferenceValue parse(String text) {
		if ("true".equals(text) || "false".equals(text)) {
			return new Flag(Boolean.parseBoolean(text));
		}
		if (text.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
			return new Number(Double.parseDouble(text));
		}
		return new Text(text);
	}
}
