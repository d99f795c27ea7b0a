// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterRegistry;

/**
 * The {@link DummyExporter}'s listing with one rule of the exporter contract broken, to prove that the contract test
 * catches each break ({@link ExporterContractCanFailTest}).
 */
public final class FaultyExporter implements Exporter {

	/** The format id of a faulty exporter that is otherwise sound (registered as a service during the test). */
	static final String FORMAT_ID = "faulty";

	/** Which rule is broken. */
	enum Fault {
		/** Contributed under a format id that is not a lower-case word. */
		BAD_FORMAT_ID,
		/** Not contributed, so the registry does not know it. */
		NOT_REGISTERED,
		/** Closes the caller's stream. */
		CLOSES_STREAM,
		/** Never reports work done. */
		NO_PROGRESS,
		/** Goes on when cancelled. */
		IGNORES_CANCEL,
		/** Swallows write failures. */
		SWALLOWS_IO_ERRORS,
		/** Writes a wrong value for every part. */
		WRONG_CONTENT,
		/** Writes only the first part of a set. */
		FIRST_PART_ONLY
	}

	private final Fault fault;

	/**
	 * Returns the service properties this exporter is contributed with (metadata is declared beside the class, as
	 * in a {@code plugin.xml}).
	 *
	 * @param fault the rule broken
	 * @return the properties
	 */
	static Dictionary<String, Object> serviceProperties(Fault fault) {
		Hashtable<String, Object> props = new Hashtable<>();
		props.put(ExporterRegistry.SERVICE_FORMAT_ID,
				fault == Fault.BAD_FORMAT_ID ? "Faulty list" : FORMAT_ID);
		props.put(ExporterRegistry.SERVICE_FILE_EXTENSION, "txt");
		props.put(ExporterRegistry.SERVICE_LABEL, "Faulty text listing (" + fault + ")");
		return props;
	}

	/**
	 * @param fault the rule to break
	 */
	public FaultyExporter(Fault fault) {
		this.fault = fault;
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		m.beginTask("Listing parts", request.parts().size());
		List<ExportPart> parts = fault == Fault.FIRST_PART_ONLY ? request.parts().subList(0, 1) : request.parts();
		try {
			for (ExportPart p : parts) {
				if (m.isCanceled() && fault != Fault.IGNORES_CANCEL) {
					throw new OperationCanceledException();
				}
				long seed = fault == Fault.WRONG_CONTENT ? p.recipe().seed() + 1 : p.recipe().seed();
				out.write((p.id() + "\t" + p.recipe().name() + "\t" + seed + "\n").getBytes(StandardCharsets.UTF_8));
				if (fault != Fault.NO_PROGRESS) {
					m.worked(1);
				}
			}
			if (fault == Fault.CLOSES_STREAM) {
				out.close();
			}
		} catch (IOException e) {
			if (fault != Fault.SWALLOWS_IO_ERRORS) {
				throw new ExportException("Cannot write the listing: " + e.getMessage(), e);
			}
		}
		m.done();
	}
}
