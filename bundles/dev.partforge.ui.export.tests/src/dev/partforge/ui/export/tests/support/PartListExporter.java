// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterRegistry;

/** An exporter "installed" by a test as an OSGi service: writes one line per part (id, name, paper). */
public final class PartListExporter implements Exporter {
	/** Its format id. */
	public static final String FORMAT = "partlist";

	/** Its label. */
	public static final String LABEL = "Part list (test exporter)";

	/** @return the service properties it is registered with: its metadata */
	public static Map<String, Object> properties() {
		return Map.of(ExporterRegistry.SERVICE_FORMAT_ID, FORMAT, ExporterRegistry.SERVICE_LABEL, LABEL,
				ExporterRegistry.SERVICE_FILE_EXTENSION, "txt");
	}

	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		StringBuilder text = new StringBuilder();
		for (ExportPart p : request.parts()) {
			text.append(p.id()).append('\t').append(p.recipe().name()).append('\t')
					.append(request.settings().paper()).append('\n');
		}
		try {
			out.write(text.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ExportException("cannot write the part list: " + e.getMessage(), e);
		}
	}
}
