// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.sync;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the team server synchronisation in the workbench. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.internal.sync.messages"; //$NON-NLS-1$
	/** Externalized string. */
	public static String Sync_offline;
	/** Externalized string. */
	public static String Sync_online;
	/** Externalized string. */
	public static String Sync_syncing;
	/** Externalized string. */
	public static String Sync_error;
	/** Externalized string. */
	public static String Sync_never;
	/** Externalized string. */
	public static String Sync_text;
	/** Externalized string. */
	public static String Sync_tip;
	/** Externalized string. */
	public static String Sync_noRemote;
	/** Externalized string. */
	public static String Sync_unavailable;
	/** Externalized string. */
	public static String Sync_reading;
	/** Externalized string. */
	public static String Sync_row;
	/** Externalized string. */
	public static String Sync_now;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
