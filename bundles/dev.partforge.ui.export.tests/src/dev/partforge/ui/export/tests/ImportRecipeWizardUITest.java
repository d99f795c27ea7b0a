// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.swt.KeyedWidgets;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.export.tests.support.Commands;

/** File &gt; Import... &gt; PartForge &gt; Web Generator Part Recipe in the real workbench and store. */
@ExtendWith(ScreenshotOnFailure.class)
class ImportRecipeWizardUITest {

	private static final String TITLE = "Import Part Recipe";

	private final PartForgeBot bot = new PartForgeBot();

	@AfterEach
	void closeLeftOverDialogs() {
		bot.ui().run(() -> {
			for (var shell : bot.ui().display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && List.of(TITLE, "Import").contains(shell.getText())) {
					shell.close();
				}
			}
		});
	}

	private static Path fixture(String name) {
		for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path c = p.resolve("bundles/dev.partforge.recipes.web.tests/fixtures/" + name);
			if (Files.isRegularFile(c)) {
				return c;
			}
		}
		throw new IllegalStateException("fixture not found: " + name);
	}

	@Test
	void aRefusedRecipeStaysOpenWithItsReasonsAndAnExactOneIsStored() {
		PartStore store = Components.service(PartStore.class);
		store.getPart("web-l-bracket-3").ifPresent(p -> store.deletePart(p.getId()));
		Commands.execute(bot, "org.eclipse.ui.file.import", Map.of("importWizardId", "dev.partforge.ui.import.recipe"));
		ShellHandle shell = bot.shell(TITLE);
		KeyedWidgets widgets = KeyedWidgets.shell(bot.ui(), TITLE);

		widgets.setText("import.file", fixture("torus-cut.json").toString());
		shell.button("Finish").click();
		bot.waitUntil("the reasons are shown", () -> !widgets.text("import.reasons").isEmpty());
		assertEquals("primitive 'groove' (torus): cannot be represented exactly: PartForge parts have no toroidal faces",
				widgets.text("import.reasons"));
		assertTrue(shell.isOpen(), "a refused recipe keeps the wizard open");
		assertFalse(store.getPart("web-torus-5").isPresent(), "nothing was imported");

		widgets.setText("import.file", fixture("l-bracket.json").toString());
		shell.button("Finish").click();
		shell.waitUntilClosed();
		assertEquals("L bracket", store.getPart("web-l-bracket-3").orElseThrow().getRecipe().getName());
	}
}
