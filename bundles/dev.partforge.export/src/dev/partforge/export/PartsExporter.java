// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The export template every built-in exporter follows: prepare each part in turn (a drawing sheet, a solid), with
 * one unit of progress per part and a cancellation check before each, then write the file in one step and report an
 * {@link IOException} as an {@link ExportException} that names the part. Subclasses give the two steps.
 *
 * @param <T> what a part is prepared into
 */
public abstract class PartsExporter<T> implements Exporter {

	private final String format;

	/**
	 * @param format the format's name in progress and error messages, e.g. {@code "PDF"}
	 */
	protected PartsExporter(String format) {
		this.format = format;
	}

	@Override
	public final void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		List<ExportPart> parts = request.parts();
		SubMonitor sub = SubMonitor.convert(monitor, "Exporting " + parts.size() + " part(s) as " + format,
				parts.size() + 1);
		List<T> prepared = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			sub.split(1).setTaskName("Preparing " + parts.get(i).id());
			prepared.add(prepare(request, i));
		}
		writePrepared(request, prepared, out, sub.split(1));
	}

	/**
	 * Writes parts prepared already (e.g. drawn once for every drawing format of an export run), as
	 * {@link #export} writes them after preparing them: one unit of progress, a cancellation check first, an
	 * {@link IOException} reported as an {@link ExportException} that names the part.
	 *
	 * @param request  the request
	 * @param prepared the prepared parts, one per part of the request, in its order
	 * @param out      where to write; left open
	 * @param monitor  progress and cancellation; may be {@code null}
	 * @throws ExportException if writing fails (the message names the part)
	 */
	protected final void writePrepared(ExportRequest request, List<T> prepared, OutputStream out,
			IProgressMonitor monitor) throws ExportException {
		List<ExportPart> parts = request.parts();
		if (prepared.size() != parts.size()) {
			throw new IllegalArgumentException(prepared.size() + " prepared parts for " + parts.size() + " parts");
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Writing " + format, 1);
		if (sub.isCanceled()) {
			throw new OperationCanceledException();
		}
		try {
			write(request, prepared, out);
		} catch (IOException e) {
			throw new ExportException("cannot write the " + format + " for " + parts.getFirst().id()
					+ (request.isSet() ? " and the other parts" : "") + ": " + e.getMessage()
					+ " (check the target file and free space)", e);
		}
	}

	/**
	 * Prepares one part.
	 *
	 * @param request the request
	 * @param index   the part's index in {@link ExportRequest#parts()}
	 * @return what the part is written from
	 * @throws ExportException if the part cannot be prepared (the message names the part)
	 */
	protected abstract T prepare(ExportRequest request, int index) throws ExportException;

	/**
	 * Writes the file.
	 *
	 * @param request  the request
	 * @param prepared the prepared parts, in the request's order
	 * @param out      where to write; left open
	 * @throws IOException if writing fails
	 */
	protected abstract void write(ExportRequest request, List<T> prepared, OutputStream out) throws IOException;
}
