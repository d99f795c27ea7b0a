// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Writes parts to one file format. Contributed through the extension point {@code dev.partforge.export.exporters}
 * (each exporter in its own bundle) or registered as an OSGi service; {@link ExporterRegistry} finds both. Its
 * metadata (format id, label, file extension, order) is declared once, where it is contributed: in the
 * {@code plugin.xml} element, or in the service properties named by {@link ExporterRegistry#SERVICE_FORMAT_ID} and
 * its siblings; {@link ExporterDescriptor} carries it. Most exporters extend {@link PartsExporter}.
 * <p>
 * Implementations are stateless and thread-safe, write only to the stream they are given (they do not close it),
 * check {@link IProgressMonitor#isCanceled()} between parts and throw
 * {@link org.eclipse.core.runtime.OperationCanceledException} when cancelled. Every implementation must pass the
 * contract test {@code dev.partforge.export.testing.ExporterContractTest}.
 */
public interface Exporter {

	/**
	 * Writes the parts of a request.
	 *
	 * @param request the parts and settings; {@link ExportRequest#parts()} is never empty
	 * @param out     where to write; left open
	 * @param monitor progress and cancellation; may be {@code null}
	 * @throws ExportException if the parts cannot be exported (the message says which part and why)
	 */
	void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException;
}
