// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.internal.timer.PracticeSession;
import dev.partforge.ui.tests.pages.GeneratePartDialog;

/** Issue 15: Generate Part opens the new part (drawing and timer) and offers the last difficulty again. */
@ExtendWith(ScreenshotOnFailure.class)
class GeneratePartUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void generateOpensTheNewPartAndRemembersTheDifficulty() {
		String id = "E-616161";
		GeneratePartDialog.generate(bot, "Expert", 616161);

		PracticeSession session = Components.service(PracticeSession.class);
		bot.waitFor("the drawing of " + id + " is open", () -> bot.ui().call(() -> Arrays.stream(PlatformUI
				.getWorkbench().getActiveWorkbenchWindow().getActivePage().getEditorReferences())
				.anyMatch(r -> id.equals(r.getPartName()) && r.getEditor(false) != null)));
		bot.waitFor("the timer has " + id, () -> session.snapshot().partId().equals(Optional.of(id)));
		bot.screenshot(TestOutput.dir("screenshots").resolve("GeneratePartUITest-opened.png"));

		bot.menu("Part", "Generate Part...");
		ShellHandle again = bot.shell("Generate Part");
		assertEquals("Expert", again.combo(0).getText(), "the last difficulty is offered again");
		again.button("Cancel").click();
		again.waitUntilClosed();
	}
}
