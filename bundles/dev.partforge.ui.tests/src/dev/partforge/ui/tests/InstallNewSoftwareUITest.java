// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.tests.common.swt.ShellHandle;

/**
 * Help > Install New Software... is the platform's p2 wizard, working on the running PartForge's p2 profile
 * ({@code -Declipse.p2.profile} in this bundle's pom): given an update site with a PartForge category, it lists it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstallNewSoftwareUITest {

	/** The profile the test runtime runs as, set in pom.xml. */
	private static final String PROFILE = "PartForgeUITest";

	private final PartForgeBot bot = new PartForgeBot();

	@TempDir
	Path dir;

	@Test
	void installNewSoftwareListsThePartForgeCategoryOfAnUpdateSite() throws Exception {
		IProvisioningAgent agent = currentAgent();
		IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
		if (profiles.getProfile(PROFILE) == null) {
			String install = dir.resolve("install").toString();
			profiles.addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install));
		}
		URI site = writeSite(agent, dir.resolve("site").toUri());

		bot.menu("Help", "Install New Software...");
		ShellHandle install = bot.shell("Install");
		bot.waitUntil("the site is offered in Work with", () -> siteIndex(site) >= 0);
		bot.ui().run(() -> {
			Combo workWith = find(installShell(), Combo.class).get(0);
			workWith.select(siteIndex(site));
			workWith.notifyListeners(SWT.Selection, new Event());
		});
		bot.waitUntil("the PartForge category is listed", () -> categories().contains("PartForge"));
		bot.screenshot(TestOutput.dir("screenshots").resolve("install-new-software.png"));
		assertTrue(categories().contains("PartForge"), "" + categories());
		install.button("Cancel").click();
		install.waitUntilClosed();
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

	private List<String> categories() {
		return bot.ui().call(() -> find(installShell(), Tree.class).stream().flatMap(t -> Arrays.stream(t.getItems()))
				.map(TreeItem::getText).toList());
	}

	private int siteIndex(URI site) {
		return bot.ui().call(() -> {
			List<Combo> combos = find(installShell(), Combo.class);
			if (combos.isEmpty()) {
				return -1;
			}
			String[] items = combos.get(0).getItems();
			String path = site.getPath().replaceAll("/$", "");
			for (int i = 0; i < items.length; i++) {
				if (items[i].contains(path)) {
					return i;
				}
			}
			return -1;
		});
	}

	private Shell installShell() {
		return Arrays.stream(bot.ui().display().getShells()).filter(s -> !s.isDisposed() && "Install".equals(s.getText()))
				.findFirst().orElseThrow();
	}

	private static <T extends Control> List<T> find(Control root, Class<T> type) {
		ArrayList<T> found = new ArrayList<>();
		if (type.isInstance(root)) {
			found.add(type.cast(root));
		}
		if (root instanceof Composite c) {
			for (Control child : c.getChildren()) {
				found.addAll(find(child, type));
			}
		}
		return found;
	}

	private static IProvisioningAgent currentAgent() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(InstallNewSoftwareUITest.class).getBundleContext();
		var refs = context.getServiceReferences(IProvisioningAgent.class,
				"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
		assertTrue(!refs.isEmpty(), "no running p2 agent");
		return context.getService(refs.iterator().next());
	}

	/** An update site like PartForge's: the PartForge category holding an exporter feature. */
	private static URI writeSite(IProvisioningAgent agent, URI site) throws Exception {
		IInstallableUnit feature = unit("dev.partforge.export.svg.feature.feature.group", "PartForge SVG Exporter",
				InstallableUnitDescription.PROP_TYPE_GROUP);
		IInstallableUnit category = unit("partforge", "PartForge", InstallableUnitDescription.PROP_TYPE_CATEGORY,
				MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, feature.getId(),
						VersionRange.emptyRange, null, false, false));
		agent.getService(IMetadataRepositoryManager.class)
				.createRepository(site, "PartForge", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of())
				.addInstallableUnits(List.of(feature, category));
		agent.getService(IArtifactRepositoryManager.class).createRepository(site, "PartForge",
				IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		return site;
	}

	private static IInstallableUnit unit(String id, String name, String typeProperty, IRequirement... requirements) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(id);
		d.setVersion(Version.create("1.0.0"));
		d.setProperty(typeProperty, Boolean.TRUE.toString());
		d.setProperty(IInstallableUnit.PROP_NAME, name);
		d.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id, d.getVersion()) });
		d.setRequirements(requirements);
		return MetadataFactory.createInstallableUnit(d);
	}
}
