// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui;

/** Ids of the PartForge workbench contributions, for the application, tests and other bundles. */
public final class PartForgeUi {

	/** The Practice perspective, the one a new window opens with. */
	public static final String PRACTICE_PERSPECTIVE = "dev.partforge.ui.perspectives.practice";

	/** The Parts view: the library of generated parts. */
	public static final String PARTS_VIEW = "dev.partforge.ui.views.parts";

	/** The command that opens the About dialog. */
	public static final String ABOUT_COMMAND = "dev.partforge.ui.commands.about";

	private PartForgeUi() {
	}
}
