// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.partforge.cli.internal.Dispatcher;
import dev.partforge.core.DataDirectory;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreChange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of the command line: random command words, options and values (other scripts' digits, exponents, NaN,
 * control characters, huge and empty strings) through the real dispatcher and commands on the real store. No exception
 * escapes (never the internal-error exit code), every error is one line on standard error, and a refused command
 * writes nothing: no store change, no file.
 */
final class CliFuzzProperties {

	private static final Path DATA = DataDirectory.get();
	private static final Path OUT = DATA.resolveSibling("fuzz-out");
	private static final List<StoreChange> CHANGES = new ArrayList<>();
	private static PartStore store;
	private static ServiceReference<PartStore> ref;

	@BeforeContainer
	static void listen() throws IOException {
		Files.createDirectories(OUT);
		BundleContext bc = FrameworkUtil.getBundle(CliFuzzProperties.class).getBundleContext();
		ref = bc.getServiceReference(PartStore.class);
		store = bc.getService(ref);
		store.addListener(CHANGES::add);
	}

	@AfterContainer
	static void stopListening() {
		FrameworkUtil.getBundle(CliFuzzProperties.class).getBundleContext().ungetService(ref);
	}

	@Property(tries = 100_000)
	void noExceptionEscapesAndRefusedInputWritesNothing(@ForAll("commandLines") List<String> args)
			throws IOException {
		CHANGES.clear();
		CliRun r = CliRun.run(DATA, args.toArray(String[]::new));
		assertNotEquals(Dispatcher.INTERNAL_ERROR, r.exitCode(), args + " -> " + r.err());
		assertTrue(r.exitCode() >= 0 && r.exitCode() <= 2, args + " -> exit " + r.exitCode());
		if (r.exitCode() != 0) {
			assertTrue(r.err().startsWith("partforge: "), args + " -> " + r.err());
			assertEquals(1, r.err().strip().lines().count(), args + " -> " + r.err());
			assertEquals(List.of(), CHANGES, args + " was refused but changed the store");
			try (var files = Files.list(OUT)) {
				assertEquals(List.of(), files.toList(), args + " was refused but wrote a file");
			}
		} else {
			try (var files = Files.list(OUT)) {
				for (Path p : files.toList()) {
					Files.delete(p);
				}
			}
		}
	}

	@Provide
	Arbitrary<List<String>> commandLines() {
		Arbitrary<String> command = Arbitraries.of("generate", "parts", "records", "stats", "prefs", "store",
				"export", "version", "doctor", "--help", "", "p\u0430rts");
		Arbitrary<String> word = Arbitraries.frequencyOf(
				Tuple.of(4, Arbitraries.of("add", "list", "get", "set", "bookmark", "unbookmark",
						"delete", "info", "verify", "B-1", "x")),
				Tuple.of(6, Arbitraries.of("--difficulty", "--seed", "--units", "--json", "--name",
						"--part", "--set", "--time", "--completed", "--format", "--out", "--paper", "--projection",
						"--schema", "--list", "--bookmarked", "--no-title", "--seed=\u0661", "--time=1e300", "--",
						"-h", "--nope")),
				Tuple.of(8, values()));
		return Combinators.combine(command, word.list().ofMaxSize(7)).as((head, tail) -> {
			List<String> all = new ArrayList<>(tail.size() + 1);
			all.add(head);
			all.addAll(tail);
			return all;
		});
	}

	private Arbitrary<String> values() {
		return Arbitraries.oneOf(
				Arbitraries.of("beginner", "expert", "hard", "mm", "inch", "pdf", "step", "dxf", "svg", "a4", "first",
						"ap242", "12", "-1", "0", "9007199254740992", "99999999999999999999", "\u0661\u0662",
						"\uff11\uff12", "1e300", "0x1p3", "NaN", "Infinity", "-0.0", "12.5", "604801", " 7 ", "",
						"two\nlines", "tab\there", "\u001b[31m", "/dev/full", OUT.toString(),
						OUT.resolve("f.pdf").toString(), OUT.resolve("missing/f.step").toString(), "E-1,,B-2",
						"a\u0000b", "true", "false"),
				Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().withChars('x').ofLength(5000),
				Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25));
	}
}
