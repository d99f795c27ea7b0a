// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.tests.common.swt.TableHandle;
import dev.partforge.tests.common.swt.ViewHandle;
import dev.partforge.ui.PartForgeUi;

/** The real PartForge workbench window, driven through its widgets. */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void opensOnThePracticePerspectiveWithThePartsView() throws Exception {
		assertEquals(PartForgeUi.PRACTICE_PERSPECTIVE, bot.activePerspectiveId());
		assertEquals("PartForge", bot.workbenchShell().title());
		ViewHandle parts = bot.view("Parts");
		assertEquals(PartForgeUi.PARTS_VIEW, parts.id());
		assertEquals(List.of("Id", "Name", "Difficulty", "Units", "Seed", "Bookmarked", "Completed", "Best time",
				"Last viewed"),
				parts.table().columns());
		Path shot = bot.screenshot(TestOutput.dir("screenshots").resolve("workbench-window.png"));
		assertTrue(Files.size(shot) > 5_000, "screenshot too small to show a window: " + Files.size(shot));
	}

	@Test
	void aboutDialogShowsVersionAndBuild() {
		bot.menu("Help", "About PartForge");
		ShellHandle about = bot.shell("About PartForge");
		Version v = FrameworkUtil.getBundle(PartForgeUi.class).getVersion();
		List<String> labels = about.labels();
		assertTrue(labels.contains("Version " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro()), "" + labels);
		assertTrue(labels.contains("Build " + v.getQualifier()), "" + labels);
		bot.screenshot(TestOutput.dir("screenshots").resolve("about-dialog.png"));
		about.button("OK").click();
		about.waitUntilClosed();
	}

	@Test
	void helpListsTheKeyBindings() {
		bot.menu("Help", "Key Bindings");
		ShellHandle keys = bot.shell("Key Bindings");
		TableHandle table = keys.table();
		List<String> rows = new java.util.ArrayList<>();
		for (int i = 0; i < table.rowCount(); i++) {
			rows.add(table.cell(i, "Key") + " | " + table.cell(i, "Command") + " | " + table.cell(i, "Where"));
		}
		assertTrue(rows.contains("F8 | Start Timer | Everywhere"), "" + rows);
		assertTrue(rows.stream().anyMatch(r -> r.matches(".+\\+G \\| Generate Part.* \\| Everywhere")), "" + rows);
		assertTrue(rows.contains("+ | Zoom in | Drawing editor"), "" + rows);
		assertTrue(rows.contains("0 | Fit the sheet to the window | Drawing editor"), "" + rows);
		assertTrue(rows.contains("Drag with the left or middle button | Pan | Drawing editor"), "" + rows);
		bot.screenshot(TestOutput.dir("screenshots").resolve("key-bindings.png"));
		keys.button("Close").click();
		keys.waitUntilClosed();
	}

	@Test
	void helpHasAPageOnThePracticeLoop() {
		bot.menu("Help", "PartForge Help");
		ShellHandle help = bot.shell("PartForge Help");
		String text = help.text(0).getText();
		assertTrue(text.contains("Generate Part") && text.contains("Completed") && text.contains("Key Bindings"),
				text);
		bot.screenshot(TestOutput.dir("screenshots").resolve("help-page.png"));
		help.button("Close").click();
		help.waitUntilClosed();
	}
}
