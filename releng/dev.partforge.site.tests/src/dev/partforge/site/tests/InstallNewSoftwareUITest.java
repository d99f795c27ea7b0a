// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.site.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.site.tests.pages.SoftwareDialogs;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;

/**
 * Help > Install New Software... is the platform's p2 wizard, working on the running PartForge's p2 profile
 * ({@code -Declipse.p2.profile} in this bundle's pom): on the update site the build made it lists the PartForge
 * category and one category per exporter.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstallNewSoftwareUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final SoftwareDialogs dialogs = new SoftwareDialogs(bot);

	@Test
	void installNewSoftwareListsThePartForgeCategoriesOfTheBuiltSite() throws Exception {
		URI site = P2Fixture.builtSite(P2Fixture.agentWithProfile());
		List<String> expected = List.of("PartForge", "PartForge Exporter: DXF", "PartForge Exporter: PDF",
				P2Fixture.SVG_CATEGORY, "PartForge Exporter: STEP", "PartForge Exporters: 3D printing (optional)");

		dialogs.openInstallWorkingWith(site);
		bot.waitUntil("the PartForge categories are listed", () -> dialogs.categories().containsAll(expected));
		bot.screenshot(TestOutput.dir("screenshots").resolve("install-new-software.png"));
		assertTrue(dialogs.categories().containsAll(expected), "" + dialogs.categories());
		dialogs.cancelInstall();
	}

	@Test
	void helpMenuOffersUpdatesInstallAndInstallationDetails() {
		List<String> labels = bot.ui().call(() -> {
			Menu bar = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
			Menu help = Arrays.stream(bar.getItems()).filter(i -> "Help".equals(i.getText().replace("&", "")))
					.findFirst().orElseThrow().getMenu();
			help.notifyListeners(SWT.Show, new Event());
			help.notifyListeners(SWT.Hide, new Event());
			return Arrays.stream(help.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0]).toList();
		});
		assertTrue(labels.containsAll(
				List.of("Check for Updates", "Install New Software...", "Installation Details", "About PartForge")),
				"" + labels);
	}
}
