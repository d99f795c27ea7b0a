// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.Exporter;

/** A test exporter contributed through this bundle's plugin.xml: one line per part, "id<TAB>name<TAB>seed". */
public final class DummyExporter implements Exporter {
	@Override
	public void export(ExportRequest request, OutputStream out, IProgressMonitor monitor) throws ExportException {
		SubMonitor sub = SubMonitor.convert(monitor, "Listing parts", request.parts().size());
		try {
			for (ExportPart p : request.parts()) {
				sub.split(1);
				String line = p.id() + "\t" + p.recipe().name() + "\t" + p.recipe().seed() + "\n";
				out.write(line.getBytes(StandardCharsets.UTF_8));
			}
		} catch (IOException e) {
			throw new ExportException("Cannot write the listing: " + e.getMessage(), e);
		}
	}
}
