// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.model;

/**
 * The export preferences of a user who has set none. They differ from the schema's default values in one field, kept
 * here rather than in the schema (a new default literal would change the stored package): the paper is automatic, so
 * that a drawing takes the smallest sheet that holds it at the largest ISO 5455 scale, until the user chooses a sheet.
 */
public final class ExportDefaults {
	/** The stored {@link ExportPreferences#getPaperSize() paper size} of the automatic choice. */
	public static final String AUTOMATIC_PAPER = "AUTO";

	private ExportDefaults() {
	}

	/** @return new export preferences as a user who has set none has them */
	public static ExportPreferences create() {
		ExportPreferences p = ModelFactory.eINSTANCE.createExportPreferences();
		p.setPaperSize(AUTOMATIC_PAPER);
		return p;
	}
}
