// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the Drawing editor. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.drawing.internal.messages";
	public static String Drawing_tooltip;
	public static String Drawing_badInput;
	public static String Drawing_fit;
	public static String Drawing_actualSize;
	public static String Drawing_dimensions;
	public static String Drawing_hidden;
	public static String Drawing_iso;
	public static String Drawing_loading;
	public static String Drawing_job;
	public static String Drawing_failed;
	public static String Drawing_noPart;
	public static String Drawing_status;
	public static String Open_noPart;
	public static String Open_failed;
	public static String Open_markViewed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
