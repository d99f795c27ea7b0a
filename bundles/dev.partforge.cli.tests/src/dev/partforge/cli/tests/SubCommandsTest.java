// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.SubCommands;

/** The one sub-command helper: dispatch, the usage lines for a missing or unknown word, failure mapping. */
class SubCommandsTest {

	@TempDir
	Path data;

	private final List<String> ran = new ArrayList<>();

	private SubCommands parts() {
		return SubCommands.of("parts").on("add", (c, rest) -> {
			ran.add("add " + rest);
			return 0;
		}).on("list", (c, rest) -> {
			ran.add("list " + rest);
			return 3;
		}).on("get", (c, rest) -> {
			throw new IOException("disk gone");
		}).on("delete", (c, rest) -> {
			throw new IllegalArgumentException("bad id");
		});
	}

	private CliContext context() {
		PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		return new CliContext(sink, sink, new NullProgressMonitor(), data);
	}

	@Test
	void runsTheNamedSubCommandWithTheRestOfTheArguments() throws CliException {
		assertEquals(3, parts().run(context(), List.of("list", "--json", "x")));
		assertEquals(0, parts().run(context(), List.of("add")));
		assertEquals(List.of("list [--json, x]", "add []"), ran);
	}

	@Test
	void aMissingOrUnknownWordIsAUsageErrorNamingTheWords() {
		CliException missing = assertThrows(CliException.class, () -> parts().run(context(), List.of()));
		assertEquals("parts: missing subcommand (add, list, get, delete)", missing.getMessage());
		assertEquals(CliException.USAGE, missing.exitCode());
		CliException unknown = assertThrows(CliException.class, () -> parts().run(context(), List.of("remove\u0007")));
		assertEquals("parts: unknown subcommand 'remove\\u0007', expected add, list, get or delete",
				unknown.getMessage());
		assertEquals(CliException.USAGE, unknown.exitCode());
		CliException single = assertThrows(CliException.class,
				() -> SubCommands.of("import").on("recipe", (c, rest) -> 0).run(context(), List.of("x")));
		assertEquals("import: unknown subcommand 'x', expected recipe", single.getMessage());
		assertEquals(List.of(), ran);
	}

	@Test
	void anIoFailureIsOneLineNamingTheSubCommand() {
		CliException e = assertThrows(CliException.class, () -> parts().run(context(), List.of("get", "A-1")));
		assertEquals("parts get: disk gone", e.getMessage());
		assertEquals(IOException.class, e.getCause().getClass());
	}

	@Test
	void runtimeFailuresGoThroughTheMappingOrPassUnchanged() {
		IllegalArgumentException passed = assertThrows(IllegalArgumentException.class,
				() -> parts().run(context(), List.of("delete", "A-1")));
		assertEquals("bad id", passed.getMessage());
		CliException mapped = assertThrows(CliException.class, () -> parts()
				.failures((typed, e) -> CliException.usage(typed + ": " + e.getMessage()))
				.run(context(), List.of("delete", "A-1")));
		assertEquals("parts delete: bad id", mapped.getMessage());
		RuntimeException own = new IllegalStateException("keep");
		assertSame(own, assertThrows(IllegalStateException.class, () -> SubCommands.of("x").on("y", (c, rest) -> {
			throw own;
		}).failures((typed, e) -> {
			throw e;
		}).run(context(), List.of("y"))));
	}
}
