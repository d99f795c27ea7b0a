// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.monitor;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the Storage Monitor view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.internal.monitor.messages";
	public static String Monitor_reading;
	public static String Monitor_refresh;
	public static String Monitor_operation;
	public static String Monitor_count;
	public static String Monitor_p50;
	public static String Monitor_p95;
	public static String Monitor_max;
	public static String Monitor_errors;
	public static String Monitor_errorRate;
	public static String Monitor_usageTitle;
	public static String Monitor_timingsTitle;
	public static String Monitor_errorsTitle;
	public static String Monitor_time;
	public static String Monitor_mib;
	public static String Monitor_ms;
	public static String Monitor_percent;
	public static String Monitor_database;
	public static String Monitor_backups;
	public static String Monitor_storage;
	public static String Monitor_noStorage;
	public static String Monitor_cache;
	public static String Monitor_cacheBoundMemory;
	public static String Monitor_quota;
	public static String Monitor_since;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
