// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterRegistry;

/**
 * A test exporter that fails half-way, every time: it writes the first half of its file, then throws
 * {@link ExportException} with {@link #REASON}, as an exporter does when its output stream breaks.
 */
public final class FailingExporter implements Exporter {

	/** Its label. */
	public static final String LABEL = "Failing format (test exporter)";
	/** Its file extension. */
	public static final String EXTENSION = "fail";
	/** The reason it gives. */
	public static final String REASON = "the test exporter stopped half-way";

	/**
	 * @return the service properties it is registered with (its metadata)
	 */
	public static Map<String, Object> properties() {
		return Map.of(ExporterRegistry.SERVICE_FORMAT_ID, "failing", ExporterRegistry.SERVICE_LABEL, LABEL,
				ExporterRegistry.SERVICE_FILE_EXTENSION, EXTENSION);
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		try {
			out.write("half of a new export\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
		} catch (IOException e) {
			throw new ExportException("cannot write: " + e.getMessage(), e);
		}
		throw new ExportException("Cannot export " + request.parts().getFirst().id() + ": " + REASON);
	}
}
