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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
