// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the export wizard. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.export.internal.messages";
	public static String Import_title;
	public static String Import_pageTitle;
	public static String Import_pageDescription;
	public static String Import_file;
	public static String Import_browse;
	public static String Import_unreadable;
	public static String Import_refused;
	public static String Import_notStored;
	public static String Wizard_title;
	public static String Wizard_unavailable;
	public static String Page_title;
	public static String Page_description;
	public static String Page_format;
	public static String Page_noExporters;
	public static String Page_parts;
	public static String Page_partId;
	public static String Page_partName;
	public static String Page_partDifficulty;
	public static String Page_selectAll;
	public static String Page_deselectAll;
	public static String Page_drawing;
	public static String Page_paper;
	public static String Page_units;
	public static String Page_projection;
	public static String Page_dxfVersion;
	public static String Page_stepSchema;
	public static String StepSchema_ap214;
	public static String StepSchema_ap242;
	public static String Units_own;
	public static String DxfVersion_r2013;
	public static String DxfVersion_r12;
	public static String Page_title_block;
	public static String Page_dimensions;
	public static String Page_iso;
	/** Label of the sections check box. */
	public static String Page_sections;
	public static String Page_destination;
	public static String Page_perPart;
	public static String Page_set;
	public static String Page_file;
	public static String Page_folder;
	public static String Page_browse;
	public static String Page_loading;
	public static String Page_noParts;
	public static String Page_noDestination;
	public static String Page_setNeedsFile;
	public static String Page_setFileName;
	public static String Paper_label;
	/** Externalized string. */
	public static String Paper_auto;
	public static String Units_mm;
	public static String Units_inch;
	public static String Projection_first;
	public static String Projection_third;
	public static String ExportJob_name;
	public static String ExportJob_file;
	public static String ExportJob_noPart;
	public static String ExportJob_noFolder;
	public static String ExportJob_doneOne;
	public static String ExportJob_doneMany;
	public static String ExportJob_failed;
	public static String ExportJob_failedTitle;
	public static String ExportJob_failedMessage;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
