// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partforge.cli.Json;

class JsonTest {

	@Test
	void writesNestedValuesInOrder() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", "p-1");
		m.put("seed", 42L);
		m.put("volume", 1250.5);
		m.put("area", 600.0);
		m.put("bookmarked", true);
		m.put("tags", List.of("a", "b"));
		m.put("none", null);
		assertEquals("{\"id\":\"p-1\",\"seed\":42,\"volume\":1250.5,\"area\":600,\"bookmarked\":true,"
				+ "\"tags\":[\"a\",\"b\"],\"none\":null}", Json.write(m));
	}

	@Test
	void escapesStrings() {
		assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.write("a\"b\\c\nd\u0001"));
	}

	@Test
	void refusesNonFiniteNumbers() {
		assertThrows(IllegalArgumentException.class, () -> Json.write(Arrays.asList(1.0, Double.NaN)));
	}
}
