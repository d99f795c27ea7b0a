// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.model.ExportPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.UiPreferences;

/**
 * Window &gt; Preferences &gt; PartForge: the Timer page writes the Eclipse preference the timer reads; the Export page
 * shows and writes the ExportPreferences stored in the PartStore.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PreferencePagesUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final PartStore store = Components.service(PartStore.class);
	private final ExportPreferences original = store.getExportPreferences();

	@AfterEach
	void restore() throws Exception {
		InstanceScope.INSTANCE.getNode(PartForgeUi.PLUGIN_ID).remove(UiPreferences.TIMER_AUTO_START);
		InstanceScope.INSTANCE.getNode(PartForgeUi.PLUGIN_ID).flush();
		store.putExportPreferences(original);
	}

	private ShellHandle open(String page) {
		bot.menu("Window", "Preferences");
		ShellHandle prefs = bot.shell("Preferences");
		prefs.tree().select("PartForge", page);
		return prefs;
	}

	@Test
	void timerPageTurnsAutoStartOff() {
		ShellHandle prefs = open("Timer");
		prefs.checkBox("Start the timer when a drawing opens").click();
		prefs.button("Apply and Close").click();
		prefs.waitUntilClosed();
		assertFalse(Platform.getPreferencesService().getBoolean(PartForgeUi.PLUGIN_ID, UiPreferences.TIMER_AUTO_START,
				true, null));
	}

	@Test
	void exportPageShowsAndStoresTheExportPreferences() {
		ShellHandle prefs = open("Export");
		bot.waitFor("the stored preferences are loaded", () -> prefs.combo(0).isEnabled());
		assertEquals(original.getFormat().toUpperCase(java.util.Locale.ROOT), prefs.combo(0).getText());
		String paper = "A4".equals(original.getPaperSize()) ? "A2" : "A4";
		prefs.combo(1).select(paper.equals("A4") ? "A4 (210 \u00D7 297 mm, portrait)" : "A2 (594 \u00D7 420 mm)");
		prefs.combo(0).select("DXF");
		bot.screenshot(TestOutput.dir("screenshots").resolve("PreferencePagesUITest-export.png"));
		prefs.button("Apply and Close").click();
		prefs.waitUntilClosed();
		bot.waitFor("the store has the new paper size", () -> paper.equals(store.getExportPreferences().getPaperSize()));
		assertEquals("dxf", store.getExportPreferences().getFormat(), "the exporter id is stored");
	}
}
