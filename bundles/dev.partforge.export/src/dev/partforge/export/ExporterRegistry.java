// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.util.List;
import java.util.Optional;

/**
 * The exporters installed now: contributions to the extension point {@code dev.partforge.export.exporters} and
 * {@link Exporter} OSGi services, ordered by their {@code order} then format id. Bundles installed or removed at
 * run time appear and disappear. Obtain it as an OSGi service.
 *
 * @noimplement provided by PartForge
 */
public interface ExporterRegistry {

	/** The extension point's full id. */
	String EXTENSION_POINT = "dev.partforge.export.exporters";

	/** Service property of an {@link Exporter} service: its format id, lower-case letters and digits (required). */
	String SERVICE_FORMAT_ID = "partforge.exporter.formatId";

	/** Service property of an {@link Exporter} service: the name shown to users (required). */
	String SERVICE_LABEL = "partforge.exporter.label";

	/** Service property of an {@link Exporter} service: the extension of its files, without the dot (required). */
	String SERVICE_FILE_EXTENSION = "partforge.exporter.fileExtension";

	/** Service property of an {@link Exporter} service: its position in lists, an integer (optional, default 100). */
	String SERVICE_ORDER = "partforge.exporter.order";

	/**
	 * Lists the exporters, without creating them.
	 *
	 * @return descriptors in display order
	 */
	List<ExporterDescriptor> exporters();

	/**
	 * Finds an exporter by its format id.
	 *
	 * @param formatId e.g. {@code "pdf"}, case-insensitive
	 * @return its descriptor, if installed
	 */
	Optional<ExporterDescriptor> find(String formatId);
}
