// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportFiles;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * The behaviour every {@link Exporter} must have. An exporter's test fragment extends this class, supplies the
 * exporter and a format-specific check that reads the output back with a real parser, and inherits these tests.
 */
public abstract class ExporterContractTest {

	/** @return a new instance of the exporter under test */
	protected abstract Exporter exporter();

	/** @return the format id the exporter is contributed under (its {@code plugin.xml} or service properties) */
	protected abstract String formatId();

	/**
	 * Reads exported bytes back with a real parser of the format and checks them against the request.
	 *
	 * @param output  what the exporter wrote
	 * @param request what it was asked to write
	 * @throws Exception if the output is not a valid file for the request
	 */
	protected abstract void checkOutput(byte[] output, ExportRequest request) throws Exception;

	/** @return the request of the single-part tests; by default an Intermediate part, seed 7, mm */
	protected ExportRequest sampleRequest() {
		return ExportRequest.of(part("contract-1", Difficulty.INTERMEDIATE, 7), ExportSettings.defaults());
	}

	/** @return a request for a practice set of three parts of every level */
	protected ExportRequest sampleSetRequest() {
		return new ExportRequest(List.of(part("set-1", Difficulty.BEGINNER, 11), part("set-2", Difficulty.INTERMEDIATE, 12),
				part("set-3", Difficulty.EXPERT, 13)), ExportSettings.defaults());
	}

	/**
	 * Makes a generated part.
	 *
	 * @param id         its id
	 * @param difficulty its level
	 * @param seed       its seed
	 * @return the part
	 */
	protected static ExportPart part(String id, Difficulty difficulty, long seed) {
		return new ExportPart(id, RecipeGenerator.generate(difficulty, seed, Units.MM));
	}

	@Test
	public final void isServedByTheRegistryWithUsableMetadata() throws ExportException {
		ExporterDescriptor d = descriptor();
		assertTrue(d.formatId().matches("[a-z0-9]+"), "format id: " + d.formatId());
		assertFalse(d.fileExtension().isBlank(), "file extension is blank");
		assertFalse(d.fileExtension().startsWith("."), "file extension starts with a dot");
		assertFalse(d.label().isBlank(), "label is blank");
		assertEquals(exporter().getClass(), d.exporter().getClass());
	}

	/** @return the registry's descriptor of the exporter under test */
	private ExporterDescriptor descriptor() {
		BundleContext ctx = FrameworkUtil.getBundle(ExporterContractTest.class).getBundleContext();
		ServiceReference<ExporterRegistry> ref = ctx.getServiceReference(ExporterRegistry.class);
		assertNotNull(ref, "no ExporterRegistry service");
		ExporterRegistry registry = ctx.getService(ref);
		return registry.find(formatId()).orElseThrow(
				() -> new AssertionError("format " + formatId() + " not in the registry: " + registry.exporters()));
	}

	@Test
	public final void writesAFileThatReadsBack() throws Exception {
		ExportRequest request = sampleRequest();
		checkOutput(export(exporter(), request), request);
	}

	@Test
	public final void writesPracticeSets() throws Exception {
		ExportRequest request = sampleSetRequest();
		checkOutput(export(exporter(), request), request);
	}

	@Test
	public final void leavesTheStreamOpenAndReportsProgress() throws ExportException {
		RecordingMonitor monitor = new RecordingMonitor();
		TrackingStream out = new TrackingStream();
		exporter().export(sampleSetRequest(), out, monitor);
		assertFalse(out.closed, "the exporter closed the caller's stream");
		assertTrue(out.size() > 0, "nothing written");
		assertTrue(monitor.worked > 0, "no progress reported");
	}

	@Test
	public final void stopsWhenCancelled() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> exporter().export(sampleSetRequest(), new ByteArrayOutputStream(), monitor));
	}

	@Test
	public final void reportsAFailingStreamAsExportException() {
		OutputStream broken = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		assertThrows(ExportException.class, () -> exporter().export(sampleRequest(), broken, null));
	}

	@Test
	public final void leavesNoFileBehindWhenTheFolderIsMissing() throws IOException {
		Path dir = Files.createTempDirectory("contract");
		Path target = dir.resolve("missing/part.out"); // checks ExportFiles, whatever the exporter is registered as
		assertThrows(ExportException.class, () -> ExportFiles.write(exporter(), sampleRequest(), target, null));
		assertFalse(Files.exists(target));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(), files.toList());
		}
	}

	/**
	 * Exports into memory.
	 *
	 * @param exporter the exporter
	 * @param request  the request
	 * @return the bytes written
	 * @throws ExportException if the export fails
	 */
	protected static byte[] export(Exporter exporter, ExportRequest request) throws ExportException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(request, out, new NullProgressMonitor());
		return out.toByteArray();
	}

	private static final class TrackingStream extends ByteArrayOutputStream {
		private boolean closed;

		@Override
		public void close() {
			closed = true;
		}
	}

	private static final class RecordingMonitor extends NullProgressMonitor {
		private double worked;
		private final List<String> tasks = new ArrayList<>();

		@Override
		public void beginTask(String name, int totalWork) {
			tasks.add(name);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
		}

		@Override
		public void worked(int work) {
			worked += work;
		}
	}
}
