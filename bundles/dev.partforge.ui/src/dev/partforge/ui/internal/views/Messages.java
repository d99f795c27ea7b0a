// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.views;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the views. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.internal.views.messages";
	public static String PartsView_name;
	public static String PartsView_difficulty;
	public static String PartsView_seed;
	public static String PartsView_bookmarked;
	public static String PartsView_completed;
	public static String PartsView_bestTime;
	public static String PartsView_lastViewed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
