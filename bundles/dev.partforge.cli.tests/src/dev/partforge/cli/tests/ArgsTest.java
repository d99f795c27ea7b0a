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
		assertEquals("parts add: --seed must be a whole number, got '4x'",
				assertThrows(CliException.class, () -> a.longValue("--seed")).getMessage());
		assertEquals("parts add: --difficulty must be one of beginner|expert, got 'hard'",
				assertThrows(CliException.class, () -> a.enumValue("--difficulty", Level.class)).getMessage());
	}

	private void assertMessage(String expected, String... args) {
		CliException e = assertThrows(CliException.class, () -> spec.parse(List.of(args)));
		assertEquals(expected, e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}
}
