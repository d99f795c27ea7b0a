// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests.pages;

import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ShellHandle;

/** Page object of Part &gt; Generate Part...: generates one part the way a user does. */
public final class GeneratePartDialog {

	private GeneratePartDialog() {
	}

	/**
	 * Opens the dialog, chooses the level and seed, presses Generate and waits until the dialog has closed.
	 *
	 * @param bot   the driver
	 * @param level the difficulty as the dialog names it ("Beginner", "Intermediate", "Expert")
	 * @param seed  the seed
	 */
	public static void generate(PartForgeBot bot, String level, long seed) {
		bot.menu("Part", "Generate Part...");
		ShellHandle dialog = bot.shell("Generate Part");
		dialog.combo(0).select(level);
		dialog.text(0).setText(Long.toString(seed));
		dialog.button("Generate").click();
		dialog.waitUntilClosed();
	}
}
