// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.tests.pages.SoftwareDialogs;

/**
 * Help > Install New Software... is the platform's p2 wizard, working on the running PartForge's p2 profile
 * ({@code -Declipse.p2.profile} in this bundle's pom): given an update site with a PartForge category, it lists it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstallNewSoftwareUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final SoftwareDialogs dialogs = new SoftwareDialogs(bot);

	@TempDir
	Path dir;

	@Test
	void installNewSoftwareListsThePartForgeCategoryOfAnUpdateSite() throws Exception {
		URI site = P2Fixture.writeSite(P2Fixture.agentWithProfile(), dir.resolve("site").toUri());

		dialogs.openInstallWorkingWith(site);
		bot.waitUntil("the PartForge category is listed", () -> dialogs.categories().contains("PartForge"));
		bot.screenshot(TestOutput.dir("screenshots").resolve("install-new-software.png"));
		assertTrue(dialogs.categories().contains("PartForge"), "" + dialogs.categories());
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
