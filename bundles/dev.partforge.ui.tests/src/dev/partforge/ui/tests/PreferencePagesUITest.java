// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.drawing.Projection;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.model.ExportPreferences;
import dev.partforge.metrics.MemoryBudget;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.KeyedWidgets;
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
	private final Projection originalProjection = DrawingDefaults.projection(store);

	@AfterEach
	void restore() throws Exception {
		InstanceScope.INSTANCE.getNode(PartForgeUi.PLUGIN_ID).remove(UiPreferences.TIMER_AUTO_START);
		InstanceScope.INSTANCE.getNode(PartForgeUi.PLUGIN_ID).flush();
		store.putExportPreferences(original);
		DrawingDefaults.putProjection(store, originalProjection);
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

	/**
	 * The format list is the installed exporters' ids (the registry owns the formats, schema v4; this test runtime may
	 * have none) plus a stored format whose exporter is not installed, which stays selected and stored when other
	 * settings change.
	 */
	@Test
	void exportPageShowsAndStoresTheExportPreferences() {
		ExportPreferences notInstalled = EcoreUtil.copy(original);
		notInstalled.setFormat("obj");
		store.putExportPreferences(notInstalled);
		List<String> expected = new ArrayList<>(Components.service(ExporterRegistry.class).exporters().stream()
				.map(e -> e.formatId().toUpperCase(Locale.ROOT)).toList());
		expected.add("OBJ");
		ShellHandle prefs = open("Export");
		bot.waitFor("the stored preferences are loaded", () -> prefs.combo(0).isEnabled());
		assertEquals("OBJ", prefs.combo(0).getText(), "the stored format of an exporter that is not installed");
		assertEquals(expected, prefs.combo(0).items());
		String paper = "A4".equals(original.getPaperSize()) ? "A2" : "A4";
		prefs.combo(1).select(paper.equals("A4") ? "A4 (210 \u00D7 297 mm, portrait)" : "A2 (594 \u00D7 420 mm)");
		bot.screenshot(TestOutput.dir("screenshots").resolve("PreferencePagesUITest-export.png"));
		prefs.button("Apply and Close").click();
		prefs.waitUntilClosed();
		bot.waitFor("the store has the new paper size", () -> paper.equals(store.getExportPreferences().getPaperSize()));
		assertEquals("obj", store.getExportPreferences().getFormat(), "the stored exporter id is kept");
	}

	/** Issue 15: Automatic is the Export page's first paper entry, stored as the bridge's value and shown again. */
	@Test
	void exportPageOffersAndStoresAutomaticPaper() {
		ShellHandle prefs = open("Export");
		bot.waitFor("the stored preferences are loaded", () -> prefs.combo(1).isEnabled());
		assertEquals("Automatic (smallest sheet that fits)", prefs.combo(1).items().get(0), "the first entry");
		prefs.combo(1).select("Automatic (smallest sheet that fits)");
		prefs.button("Apply and Close").click();
		prefs.waitUntilClosed();
		bot.waitFor("the store has automatic paper", () -> "AUTO".equals(store.getExportPreferences().getPaperSize()));
		ShellHandle again = open("Export");
		bot.waitFor("the stored preferences are loaded", () -> again.combo(1).isEnabled());
		assertEquals("Automatic (smallest sheet that fits)", again.combo(1).getText(), "shown again");
		again.button("Cancel").click();
		again.waitUntilClosed();
	}

	@Test
	void drawingPageStoresTheProjectionThatDrawingsExportsAndTheCommandLineUse() {
		DrawingDefaults.putProjection(store, Projection.FIRST_ANGLE);
		ShellHandle prefs = open("Drawing");
		bot.waitFor("the stored projection is loaded", () -> prefs.button("Third angle (ASME)").isEnabled());
		assertTrue(prefs.button("First angle (ISO)").isSelected());
		assertTrue(prefs.labels().stream().anyMatch(l -> l.startsWith("The default paper is set on the Export page")),
				"one default paper, on the Export page: " + prefs.labels());
		prefs.button("Third angle (ASME)").click();
		bot.screenshot(TestOutput.dir("screenshots").resolve("PreferencePagesUITest-drawing.png"));
		prefs.button("Apply and Close").click();
		prefs.waitUntilClosed();
		bot.waitFor("the store has third angle", () -> DrawingDefaults.projection(store) == Projection.THIRD_ANGLE);
		assertEquals(Projection.THIRD_ANGLE, DrawingDefaults.settings(store).projection());
	}

	@Test
	void monitoringPageStoresTheBudgetWhichAppliesAtOnceAndTheQuota() {
		ShellHandle prefs = open("Monitoring");
		KeyedWidgets page = KeyedWidgets.shell(bot.ui(), "Preferences");
		try {
			bot.waitFor("the stored preferences are loaded", () -> !page.text("prefs.memoryBudget").isEmpty());
			assertEquals(Integer.toString(MemoryBudget.DEFAULT_MB), page.text("prefs.memoryBudget"));
			assertEquals("0", page.text("prefs.quota"));
			page.setText("prefs.memoryBudget", "4");
			bot.waitFor("a budget below the least is refused", () -> !prefs.button("Apply and Close").isEnabled());
			page.setText("prefs.memoryBudget", "32");
			page.setText("prefs.quota", "500");
			bot.waitFor("valid values are accepted", () -> prefs.button("Apply and Close").isEnabled());
			bot.screenshot(TestOutput.dir("screenshots").resolve("PreferencePagesUITest-monitoring.png"));
			prefs.button("Apply and Close").click();
			prefs.waitUntilClosed();
			bot.waitFor("the store has the budget and the quota", () -> MonitoringPreferences.memoryBudgetMB(store) == 32
					&& MonitoringPreferences.quotaMB(store) == 500);
			bot.waitFor("the budget applies without a restart", () -> MemoryBudget.megabytes() == 32);
		} finally {
			MonitoringPreferences.putMemoryBudgetMB(store, MemoryBudget.DEFAULT_MB);
			MonitoringPreferences.putQuotaMB(store, 0);
		}
	}
}
