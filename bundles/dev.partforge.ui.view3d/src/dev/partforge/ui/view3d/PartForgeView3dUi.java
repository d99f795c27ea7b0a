// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d;

/** Ids of the Part 3D view's contributions, for other bundles and tests. */
public final class PartForgeView3dUi {

	/** The bundle id. */
	public static final String PLUGIN_ID = "dev.partforge.ui.view3d";

	/** The Part 3D view: the open drawing's part, shaded, with its exact edges. */
	public static final String VIEW_ID = "dev.partforge.ui.view3d.part3d";

	/**
	 * System property: when {@code true}, the view does not try to start OpenGL and shows why it cannot draw (the
	 * same message a machine without OpenGL gets). Read each time the view is created.
	 */
	public static final String NO_OPENGL_PROPERTY = "partforge.view3d.noOpenGL";

	private PartForgeView3dUi() {
	}
}
