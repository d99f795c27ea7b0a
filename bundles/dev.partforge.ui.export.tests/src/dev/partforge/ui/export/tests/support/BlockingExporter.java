// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterRegistry;

/**
 * A test exporter that writes a first chunk, signals {@link #started()}, then waits for cancellation as a slow
 * exporter would between parts, and throws {@link OperationCanceledException} as the {@link Exporter} contract asks.
 */
public final class BlockingExporter implements Exporter {
	/** Its label. */
	public static final String LABEL = "Slow format (test exporter)";

	/** @return the service properties it is registered with: its metadata */
	public static Map<String, Object> properties() {
		return Map.of(ExporterRegistry.SERVICE_FORMAT_ID, "slow", ExporterRegistry.SERVICE_LABEL, LABEL,
				ExporterRegistry.SERVICE_FILE_EXTENSION, "slow");
	}

	private final CountDownLatch started = new CountDownLatch(1);

	/** @return whether the export began within 20 s */
	public boolean started() throws InterruptedException {
		return started.await(20, TimeUnit.SECONDS);
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		try {
			out.write("first part written, the rest never comes\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.flush();
		} catch (IOException e) {
			throw new ExportException("cannot write: " + e.getMessage(), e);
		}
		started.countDown();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < end) {
			if (monitor != null && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
		throw new ExportException("the test never cancelled the export");
	}
}
