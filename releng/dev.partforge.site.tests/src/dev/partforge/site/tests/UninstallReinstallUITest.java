// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.site.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.site.tests.pages.SoftwareDialogs;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;

/**
 * Removing and re-installing an exporter in the workbench, the Eclipse way, from the update site the build made, on
 * the running PartForge's real p2 profile: the SVG exporter feature installed from its category through Install New
 * Software... (license accepted, the unsigned artifacts trusted if p2 asks), uninstalled through Help &gt; Installation Details
 * &gt; Uninstall..., installed back; each time "No" to p2's restart prompt, and the profile registry is read for the
 * feature and its bundle. (The restart itself and {@code export --list} losing and regaining {@code svg} are proven
 * on the built release archive by {@code smoke.d/plugins.sh}.)
 */
@ExtendWith(ScreenshotOnFailure.class)
class UninstallReinstallUITest {

	private final PartForgeBot bot = new PartForgeBot();
	private final SoftwareDialogs dialogs = new SoftwareDialogs(bot);

	@Test
	void anExporterIsUninstalledThroughInstallationDetailsAndInstalledBack() throws Exception {
		IProvisioningAgent agent = P2Fixture.agentWithProfile();
		URI site = P2Fixture.builtSite(agent);
		assertFalse(P2Fixture.installed(agent, P2Fixture.SVG_FEATURE), "installed before the test");

		installThroughTheWizard(agent, site);

		dialogs.uninstall(P2Fixture.SVG_FEATURE_NAME);
		dialogs.declineRestart();
		assertFalse(P2Fixture.installed(agent, P2Fixture.SVG_FEATURE), "the feature is still in the profile");
		assertFalse(P2Fixture.installed(agent, P2Fixture.SVG_BUNDLE), "the bundle is still in the profile");

		installThroughTheWizard(agent, site);
	}

	private void installThroughTheWizard(IProvisioningAgent agent, URI site) {
		dialogs.openInstallWorkingWith(site);
		dialogs.checkAndFinishInstall(P2Fixture.SVG_CATEGORY, P2Fixture.SVG_FEATURE_NAME);
		dialogs.trustArtifactsIfAsked();
		dialogs.declineRestart();
		assertTrue(P2Fixture.installed(agent, P2Fixture.SVG_FEATURE), "the feature is not in the profile");
		assertTrue(P2Fixture.installed(agent, P2Fixture.SVG_BUNDLE), "the bundle is not in the profile");
	}
}
