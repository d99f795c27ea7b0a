// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.partforge.core.DataDirectory;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreChange;
import dev.partforge.store.StoreListener;

/**
 * The input rows of the fault probe (issue 16): every malformed or out-of-bounds value is refused with one line and
 * exit code 2, and nothing reaches the store (a store listener sees no change).
 */
class InputLimitsTest {

	private static final Path DATA = DataDirectory.get();

	private final List<StoreChange> changes = new ArrayList<>();
	private final StoreListener listener = changes::add;
	private PartStore store;
	private ServiceReference<PartStore> ref;

	@BeforeEach
	void listen() {
		BundleContext bc = FrameworkUtil.getBundle(InputLimitsTest.class).getBundleContext();
		ref = bc.getServiceReference(PartStore.class);
		store = bc.getService(ref);
		store.addListener(listener);
	}

	@AfterEach
	void stopListening() {
		store.removeListener(listener);
		FrameworkUtil.getBundle(InputLimitsTest.class).getBundleContext().ungetService(ref);
	}

	private void refused(String expected, String... args) {
		CliRun r = CliRun.run(DATA, args);
		assertEquals(2, r.exitCode(), String.join(" ", args) + " -> " + r.out() + r.err());
		assertEquals("", r.out());
		assertEquals(1, r.err().strip().lines().count(), r.err());
		assertTrue(r.err().startsWith("partforge: " + expected), r.err());
		assertTrue(r.err().length() < 300, "error line too long: " + r.err().length());
		assertEquals(List.of(), changes, "refused input changed the store");
	}

	@Test
	void seedsAreAsciiDigits() {
		refused("generate: --seed must be a whole number written with the digits 0-9, got '\u0661\u0662'", "generate",
				"--difficulty", "beginner", "--seed", "\u0661\u0662");
		refused("parts add: --seed must be a whole number written with the digits 0-9", "parts", "add", "--name",
				"X", "--difficulty", "beginner", "--seed", "\uff17");
	}

	@Test
	void timesAreBoundedPlainDecimals() {
		String id = CliRun.run(DATA, "parts", "add", "--name", "Limits", "--difficulty", "beginner", "--seed", "77")
				.out().strip();
		changes.clear();
		refused("records add: --time must be a decimal number such as 12 or 12.5", "records", "add", "--part", id,
				"--time", "1e300");
		refused("records add: --time must be a decimal number", "records", "add", "--part", id, "--time", "0x1p3");
		refused("records add: --time must be a decimal number", "records", "add", "--part", id, "--time", "NaN");
		refused("records add: --time must be between 0 and 604800, got 604801", "records", "add", "--part", id,
				"--time", "604801");
		refused("records add: --time must be between 0 and 604800, got 99999999999999", "records", "add", "--part",
				id, "--time", "99999999999999");
	}

	@Test
	void namesAndValuesAreBounded() {
		refused("parts add: argument 2 is too long (100000 characters; at most 4096)", "parts", "add", "--name",
				"n".repeat(100_000), "--difficulty", "beginner");
		refused("parts add: --name is too long (201 characters; at most 200)", "parts", "add", "--name",
				"n".repeat(201), "--difficulty", "beginner");
		refused("parts add: --name must not contain control characters", "parts", "add", "--name", "two\nlines",
				"--difficulty", "beginner");
		refused("prefs set: argument 2 is too long (100000 characters; at most 4096)", "prefs", "set", "x",
				"v".repeat(100_000));
		refused("prefs set: VALUE is too long (1001 characters; at most 1000)", "prefs", "set", "x", "v".repeat(1001));
		refused("prefs set: NAME is too long (101 characters; at most 100)", "prefs", "set", "k".repeat(101), "v");
		refused("parts get: ID is too long (65 characters; at most 64)", "parts", "get", "i".repeat(65));
		refused("records add: --part is too long (65 characters; at most 64)", "records", "add", "--part",
				"i".repeat(65), "--time", "3");
	}

	@Test
	void preferencesAreFiniteNumbers() {
		refused("prefs set: 'NaN' is not a finite number", "prefs", "set", "fuzz.x", "NaN");
		refused("prefs set: '-Infinity' is not a finite number", "prefs", "set", "fuzz.x", "-Infinity");
		refused("prefs set: 1e400 is out of range", "prefs", "set", "fuzz.x", "1e400");
		refused("prefs set: NAME must not be blank", "prefs", "set", " ", "1");
		assertEquals(1, CliRun.run(DATA, "prefs", "get", "fuzz.x").exitCode(), "a refused preference was stored");
	}
}
