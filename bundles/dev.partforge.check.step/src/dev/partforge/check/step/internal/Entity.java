// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.List;
import java.util.Map;

/**
 * One entity instance of a Part 21 data section: a simple instance has one part, a complex instance
 * ({@code #1 = (LENGTH_UNIT() NAMED_UNIT(*) SI_UNIT(.MILLI.,.METRE.));}) one part per type.
 *
 * @param id    the instance number
 * @param parts the parameters per (upper-case) type name, in file order
 */
public record Entity(int id, Map<String, List<Object>> parts) {

	/** @return the type name of a simple instance, or the first type of a complex one */
	public String type() {
		return parts.keySet().iterator().next();
	}

	/** @return true when the instance is of (or includes) that type */
	public boolean is(String type) {
		return parts.containsKey(type);
	}

	/** @return the parameters of that type's part; null when the instance has no such part */
	public List<Object> params(String type) {
		return parts.get(type);
	}

	/** @return the parameters of a simple instance */
	public List<Object> params() {
		return parts.values().iterator().next();
	}

	/** @return "TYPE #id" for messages */
	public String label() {
		return (parts.size() == 1 ? type() : String.join("+", parts.keySet())) + " #" + id;
	}

	/** A reference to another instance ({@code #12}). */
	public record Ref(int id) {
	}

	/** An enumeration value ({@code .T.}, {@code .MILLI.}), without the dots. */
	public record Enum(String name) {
	}

	/** A typed parameter ({@code LENGTH_MEASURE(2.E-07)}). */
	public record Typed(String type, List<Object> params) {
	}

	/** The unset value {@code $} and the derived value {@code *}. */
	public enum Omitted {
		/** {@code $} */
		UNSET,
		/** {@code *} */
		DERIVED
	}
}
