// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the 3D view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String View3d_unavailable;
	public static String View3d_switchedOff;
	public static String View3d_tooOld;
	public static String View3d_noPart;
	public static String View3d_loading;
	public static String View3d_job;
	public static String View3d_status;
	public static String View3d_failed;
	public static String View3d_missingPart;
	public static String View3d_fit;
	public static String View3d_front;
	public static String View3d_top;
	public static String View3d_right;
	public static String View3d_iso;
	public static String View3d_perspective;
	public static String View3d_hidden;
	public static String View3d_pickHint;
	public static String View3d_stock;
	public static String View3d_feature;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
