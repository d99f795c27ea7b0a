// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export;

import java.util.List;
import java.util.Objects;

/**
 * What to export: one part, or several (a practice set: a multi-page PDF, a STEP assembly), and how.
 *
 * @param parts    the parts, in order; at least one
 * @param settings the export preferences
 */
public record ExportRequest(List<ExportPart> parts, ExportSettings settings) {

	/** Copies the parts and checks that there is at least one. */
	public ExportRequest {
		parts = List.copyOf(parts);
		Objects.requireNonNull(settings, "settings");
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("an export request needs at least one part");
		}
	}

	/**
	 * A request for a single part.
	 *
	 * @param part     the part
	 * @param settings the export preferences
	 * @return the request
	 */
	public static ExportRequest of(ExportPart part, ExportSettings settings) {
		return new ExportRequest(List.of(part), settings);
	}

	/** @return whether this is a practice set of more than one part */
	public boolean isSet() {
		return parts.size() > 1;
	}
}
