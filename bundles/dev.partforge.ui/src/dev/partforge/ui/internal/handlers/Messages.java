// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** Externalized strings of the handlers and dialogs. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "dev.partforge.ui.internal.handlers.messages";
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String AboutDialog_build;
	public static String AboutDialog_java;
	public static String AboutDialog_tagline;
	public static String Help_title;
	public static String Help_text;
	public static String Keys_title;
	public static String Keys_intro;
	public static String Keys_key;
	public static String Keys_command;
	public static String Keys_where;
	public static String Keys_everywhere;
	public static String Keys_partsView;
	public static String Keys_drawingEditor;
	public static String Keys_zoomIn;
	public static String Keys_zoomOut;
	public static String Keys_fit;
	public static String Keys_arrows;
	public static String Keys_pan;
	public static String Keys_wheel;
	public static String Keys_zoomPointer;
	public static String Keys_drag;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
