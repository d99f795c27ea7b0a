// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.threemf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.partforge.export.ExportRequest;
import dev.partforge.export.NonClosingOutputStream;
import dev.partforge.export.print.PrintExporter;
import dev.partforge.export.print.PrintPart;

/**
 * Exports parts as a 3MF package (3D Manufacturing Format core specification): a zip holding
 * {@code [Content_Types].xml}, the package relationships {@code _rels/.rels} that point at the model, and the model
 * {@code 3D/3dmodel.model} ({@link ModelXml}). Entry times are the export date, so the same request gives the same
 * bytes.
 */
public final class ThreeMfExporter extends PrintExporter {

	/** The model part's name inside the package. */
	public static final String MODEL = "3D/3dmodel.model";

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			 <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
			 <Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>
			</Types>
			""";
	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
			 <Relationship Target="/%s" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>
			</Relationships>
			""".formatted(MODEL);

	/** Creates the exporter (extension point: public no-argument constructor). */
	public ThreeMfExporter() {
		super("3MF");
	}

	@Override
	protected void write(ExportRequest request, List<PrintPart> parts, OutputStream out) throws IOException {
		LocalDateTime time = LocalDateTime.of(request.settings().date(), LocalTime.MIDNIGHT);
		ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
		entry(zip, "[Content_Types].xml", time);
		zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
		entry(zip, "_rels/.rels", time);
		zip.write(RELS.getBytes(StandardCharsets.UTF_8));
		entry(zip, MODEL, time);
		new ModelXml(request, parts, offsets(parts), scale(request)).write(zip);
		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private static void entry(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
		ZipEntry e = new ZipEntry(name);
		e.setTimeLocal(time);
		zip.putNextEntry(e);
	}
}
