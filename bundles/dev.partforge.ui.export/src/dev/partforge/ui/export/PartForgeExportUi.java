// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export;

/** Ids of the export wizard's contributions, for other bundles and tests. */
public final class PartForgeExportUi {

	/** The bundle id. */
	public static final String PLUGIN_ID = "dev.partforge.ui.export";

	/** The export wizard (File &gt; Export... &gt; PartForge). */
	public static final String WIZARD_ID = "dev.partforge.ui.export.wizard";

	/** The command that opens the export wizard on the current selection (Ctrl+Alt+E). */
	public static final String OPEN_COMMAND = "dev.partforge.ui.export.open";

	/** The family of export jobs ({@code Job.getJobManager().join(JOB_FAMILY, monitor)} waits for exports). */
	public static final Object JOB_FAMILY = "dev.partforge.ui.export.jobs";

	/** Store preference (text): format id of the last export, also for formats the model does not name. */
	public static final String PREF_FORMAT = "export.formatId";

	/**
	 * Store preference (text): projection method name of drawings, shared with the Drawing preference and the drawing
	 * editor (owned by {@code dev.partforge.practice.DrawingDefaults#PROJECTION}).
	 */
	public static final String PREF_PROJECTION = "export.projection";

	/** Store preference (text): STEP application protocol of the last export ({@code AP214}, {@code AP242}). */
	public static final String PREF_STEP_SCHEMA = "export.stepSchema";

	/** Store preference (text): DXF release name of the last export ({@code R12}, {@code R2013}). */
	public static final String PREF_DXF_VERSION = "export.dxfVersion";

	/** Store preference (text): folder of the last export. */
	public static final String PREF_FOLDER = "export.folder";

	/** Store preference (flag): several parts went into one practice-set file. */
	public static final String PREF_SET = "export.practiceSet";

	private PartForgeExportUi() {
	}
}
