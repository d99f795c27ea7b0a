// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliException;

class ArgsTest {

	private enum Level {
		BEGINNER, EXPERT
	}

	private final Args.Spec spec = Args.spec("parts add").flags("--json").options("--name", "--seed", "--difficulty")
			.positionals(1);

	@Test
	void parsesFlagsOptionsAndPositionals() throws CliException {
		Args a = spec.parse(List.of("--name", "Bracket", "--seed=42", "--json", "ID-1", "--difficulty", "Expert"));
		assertTrue(a.has("--json"));
		assertEquals("Bracket", a.required("--name"));
		assertEquals(Optional.of(42L), a.longValue("--seed"));
		assertEquals(Optional.of(Level.EXPERT), a.enumValue("--difficulty", Level.class));
		assertEquals("ID-1", a.positional(0, "ID"));
	}

	@Test
	void absentOptionsAreEmpty() throws CliException {
		Args a = spec.parse(List.of());
		assertFalse(a.has("--json"));
		assertEquals(Optional.empty(), a.longValue("--seed"));
		CliException e = assertThrows(CliException.class, () -> a.required("--name"));
		assertEquals("parts add: missing --name", e.getMessage());
		assertEquals(CliException.USAGE, e.exitCode());
	}

	@Test
	void rejectsBadInputWithOneLineNamingIt() {
		assertMessage("parts add: unknown option --colour (see partforge parts --help)", "--colour", "red");
		assertMessage("parts add: --seed needs a value", "--seed");
		assertMessage("parts add: --name given twice", "--name", "a", "--name", "b");
		assertMessage("parts add: unexpected argument 'b'", "a", "b");
	}

	@Test
	void rejectsMalformedValues() throws CliException {
		Args a = spec.parse(List.of("--seed", "4x", "--difficulty", "hard"));
		assertEquals("parts add: --seed must be a whole number written with the digits 0-9, got '4x'",
				assertThrows(CliException.class, () -> a.longValue("--seed")).getMessage());
		assertEquals("parts add: --difficulty must be one of beginner|expert, got 'hard'",
				assertThrows(CliException.class, () -> a.enumValue("--difficulty", Level.class)).getMessage());
	}

	@Test
	void wholeNumbersAreAsciiDigitsOnly() {
		for (String bad : List.of("\u0661\u0662", "\uff11\uff12", "\u0967", "+12", "1e3", "0x10", "12L", "1_000", "",
				"99999999999999999999")) {
			CliException e = assertThrows(CliException.class,
					() -> spec.parse(List.of("--seed", bad)).longValue("--seed"), bad);
			assertEquals(CliException.USAGE, e.exitCode());
			assertTrue(e.getMessage().startsWith("parts add: --seed "), e.getMessage());
		}
	}

	@Test
	void decimalsArePlainFiniteAndBounded() throws CliException {
		Args.Spec time = Args.spec("records add").options("--time");
		assertEquals(Optional.of(12.5), time.parse(List.of("--time", "12.5")).doubleValue("--time", 0, 100));
		assertEquals(Optional.of(0.5), time.parse(List.of("--time", ".5")).doubleValue("--time", 0, 100));
		for (String bad : List.of("1e300", "0x1p3", "NaN", "Infinity", "-Infinity", "1e2", "12d", "12f",
				"\u0661\u0662", "1.2.3", "")) {
			CliException e = assertThrows(CliException.class,
					() -> time.parse(List.of("--time", bad)).doubleValue("--time", 0, 100), bad);
			assertEquals("records add: --time must be a decimal number such as 12 or 12.5 (digits 0-9, no exponent),"
					+ " got '" + bad + "'", e.getMessage());
		}
		assertEquals("records add: --time must be between 0 and 100, got 100.5", assertThrows(CliException.class,
				() -> time.parse(List.of("--time", "100.5")).doubleValue("--time", 0, 100)).getMessage());
		assertEquals("records add: --time must be between 0 and 100, got -3", assertThrows(CliException.class,
				() -> time.parse(List.of("--time", "-3")).doubleValue("--time", 0, 100)).getMessage());
	}

	@Test
	void textIsBoundedAndOnOneLine() throws CliException {
		assertEquals(Optional.of("Bracket"), spec.parse(List.of("--name", "Bracket")).text("--name", 10));
		assertEquals("parts add: --name is too long (11 characters; at most 10)", assertThrows(CliException.class,
				() -> spec.parse(List.of("--name", "x".repeat(11))).text("--name", 10)).getMessage());
		assertEquals("parts add: --name must not contain control characters (line breaks, tabs), got 'a\\u000ab'",
				assertThrows(CliException.class, () -> spec.parse(List.of("--name", "a\nb")).text("--name", 10))
						.getMessage());
		CliException huge = assertThrows(CliException.class, () -> spec.parse(List.of("--name", "y".repeat(100_000))));
		assertEquals("parts add: argument 2 is too long (100000 characters; at most 4096)", huge.getMessage());
	}

	@Test
	void badValuesAreShownShortened() {
		assertEquals("x".repeat(40) + "...", Args.shown("x".repeat(41)));
		assertEquals("a\\u001b[31m", Args.shown("a\u001b[31m"));
		CliException e = assertThrows(CliException.class,
				() -> spec.parse(List.of("--seed", "z".repeat(4000))).longValue("--seed"));
		assertTrue(e.getMessage().length() < 150, e.getMessage());
	}

	private void assertMessage(String expected, String... args) {
		CliException e = assertThrows(CliException.class, () -> spec.parse(List.of(args)));
		assertEquals(expected, e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}
}
