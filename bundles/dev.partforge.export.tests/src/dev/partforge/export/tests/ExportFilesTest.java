// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportFiles;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * {@link ExportFiles}: only regular files are replaced, the temporary file of a killed export is reused and never
 * left behind, two exports to one file are kept apart.
 */
class ExportFilesTest {

	private static final ExportRequest REQUEST = ExportRequest
			.of(new ExportPart("B-7", RecipeGenerator.generate(Difficulty.BEGINNER, 7, Units.MM)), ExportSettings.defaults());

	@TempDir
	Path dir;

	private static String expected() {
		return "B-7\t" + REQUEST.parts().get(0).recipe().name() + "\t7\n";
	}

	private List<String> listing() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesANewFileAndReplacesARegularOne() throws Exception {
		Path target = dir.resolve("parts.txt");
		assertEquals(target, ExportFiles.write(new DummyExporter(), REQUEST, target, null));
		assertEquals(expected(), Files.readString(target));
		Files.writeString(target, "old");
		ExportFiles.write(new DummyExporter(), REQUEST, target, null);
		assertEquals(expected(), Files.readString(target));
		assertEquals(List.of("parts.txt"), listing());
	}

	@Test
	void refusesTheFullDeviceAndLeavesItADevice() throws Exception {
		Path full = Path.of("/dev/full");
		assertTrue(Files.exists(full) && !Files.isRegularFile(full), "/dev/full is missing on this machine");
		Object modeBefore = Files.getAttribute(full, "unix:mode");
		Object rdevBefore = Files.getAttribute(full, "unix:rdev");
		ExportException e = assertThrows(ExportException.class,
				() -> ExportFiles.write(new DummyExporter(), REQUEST, full, null));
		assertEquals("Cannot write /dev/full: it is a character device, not a regular file; give a file name",
				e.getMessage());
		assertEquals(modeBefore, Files.getAttribute(full, "unix:mode"));
		assertEquals(rdevBefore, Files.getAttribute(full, "unix:rdev"));
		assertFalse(Files.exists(Path.of("/dev/.full.part")));
	}

	@Test
	void refusesADirectoryAndAFifo() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("folder.txt"));
		assertEquals("Cannot write " + folder + ": it is a directory, not a regular file; give a file name",
				assertThrows(ExportException.class, () -> ExportFiles.write(new DummyExporter(), REQUEST, folder, null))
						.getMessage());
		assertTrue(Files.isDirectory(folder));
		Path fifo = dir.resolve("pipe.txt");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
		assertEquals("Cannot write " + fifo + ": it is a named pipe (fifo), not a regular file; give a file name",
				assertThrows(ExportException.class, () -> ExportFiles.write(new DummyExporter(), REQUEST, fifo, null))
						.getMessage());
		assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo));
		assertEquals(List.of("folder.txt", "pipe.txt"), listing());
	}

	@Test
	void followsASymbolicLinkToARegularFile() throws Exception {
		Path real = Files.writeString(dir.resolve("real.txt"), "old");
		Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
		assertEquals(real, ExportFiles.write(new DummyExporter(), REQUEST, link, null));
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(expected(), Files.readString(real));
	}

	@Test
	void reusesTheTemporaryFileOfAKilledExport() throws Exception {
		Path target = dir.resolve("set.txt");
		Path leftover = ExportFiles.tempFile(target);
		assertEquals(dir.resolve(".set.txt.part"), leftover);
		Files.writeString(leftover, "x".repeat(10_000), StandardCharsets.UTF_8);
		ExportFiles.write(new DummyExporter(), REQUEST, target, null);
		assertEquals(expected(), Files.readString(target));
		assertEquals(List.of("set.txt"), listing());
	}

	@Test
	void aFailedExportLeavesNoTemporaryFile() throws Exception {
		Path target = Files.writeString(dir.resolve("keep.txt"), "old");
		Exporter broken = new Exporter() {
			@Override
			public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
					throws ExportException {
				try {
					out.write("half".getBytes(StandardCharsets.UTF_8));
				} catch (IOException e) {
					throw new ExportException("write failed", e);
				}
				throw new ExportException("broken exporter");
			}
		};
		assertThrows(ExportException.class, () -> ExportFiles.write(broken, REQUEST, target, null));
		assertEquals("old", Files.readString(target));
		assertEquals(List.of("keep.txt"), listing());
	}

	@Test
	void anExportInProgressKeepsASecondOneOut() throws Exception {
		Path target = dir.resolve("busy.txt");
		Path temp = ExportFiles.tempFile(target);
		try (FileChannel other = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = other.lock()) {
			ExportException e = assertThrows(ExportException.class,
					() -> ExportFiles.write(new DummyExporter(), REQUEST, target, null));
			assertEquals("Cannot write " + target + ": another export is writing it right now; wait for it to finish",
					e.getMessage());
			assertTrue(Files.exists(temp), "the other export's temporary file was deleted");
		}
		assertFalse(Files.exists(target));
	}
}
