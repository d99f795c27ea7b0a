// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.core.DataDirectory;

class DataDirectoryTest {

	private final String saved = System.getProperty(DataDirectory.PROPERTY);

	@AfterEach
	void restore() {
		if (saved == null) {
			System.clearProperty(DataDirectory.PROPERTY);
		} else {
			System.setProperty(DataDirectory.PROPERTY, saved);
		}
	}

	@Test
	void propertySelectsAndCreatesTheDirectory(@TempDir Path tmp) {
		Path wanted = tmp.resolve("a/b/../data");
		System.setProperty(DataDirectory.PROPERTY, wanted.toString());
		Path dir = DataDirectory.get();
		assertEquals(tmp.resolve("a/data").toAbsolutePath(), dir);
		assertTrue(Files.isDirectory(dir));
	}

	@Test
	void defaultsToDotPartforgeInHome() {
		System.clearProperty(DataDirectory.PROPERTY);
		assertEquals(Paths.get(System.getProperty("user.home"), ".partforge").toAbsolutePath(),
				DataDirectory.configured());
	}

	@Test
	void uncreatableDirectoryIsReportedWithItsPath(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("plain-file"), "x");
		System.setProperty(DataDirectory.PROPERTY, file.resolve("sub").toString());
		UncheckedIOException e = assertThrows(UncheckedIOException.class, DataDirectory::get);
		assertTrue(e.getMessage().contains(file.resolve("sub").toString()), e.getMessage());
	}

	@Test
	void aWritableDirectoryHasNoProblemAndLeavesNoProbe(@TempDir Path tmp) throws Exception {
		Path data = tmp.resolve("data");
		assertEquals(Optional.empty(), DataDirectory.problem(data));
		try (var files = Files.list(data)) {
			assertEquals(0, files.count());
		}
	}

	@Test
	void aFileInTheWayIsAProblemNamingTheDirectory(@TempDir Path tmp) throws Exception {
		Path file = Files.writeString(tmp.resolve("plain-file"), "x");
		assertEquals(Optional.of("cannot create the data directory " + file
				+ " (a file of that name is in the way); choose a writable one with --data DIR or PARTFORGE_DATA"),
				DataDirectory.problem(file));
	}
}
