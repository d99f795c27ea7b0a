// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.site.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.tests.common.TestOutput;

/**
 * The UI test runtime's real p2: its running agent, its profile ({@code -Declipse.p2.profile} in this bundle's pom,
 * in a p2 data area the test run starts without) and the update site the build made
 * ({@code -Dpartforge.site}, {@code releng/dev.partforge.product/target/repository}).
 */
final class P2Fixture {

	/** The profile the test runtime runs as, set in pom.xml. */
	static final String PROFILE = "PartForgeUITest";

	/** The SVG exporter feature's category on the update site (category.xml). */
	static final String SVG_CATEGORY = "PartForge Exporter: SVG";

	/** The SVG exporter feature's name, as the p2 dialogs list it. */
	static final String SVG_FEATURE_NAME = "PartForge SVG Exporter";

	/** The SVG exporter feature's installable unit. */
	static final String SVG_FEATURE = "dev.partforge.export.svg.feature.feature.group";

	/** The SVG exporter bundle's installable unit, required by the feature. */
	static final String SVG_BUNDLE = "dev.partforge.export.svg";

	private P2Fixture() {
	}

	/**
	 * Returns the running p2 agent, with the test profile created (empty) if it is not there yet.
	 *
	 * @return the agent
	 * @throws Exception if p2 cannot create the profile
	 */
	static IProvisioningAgent agentWithProfile() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(P2Fixture.class).getBundleContext();
		var refs = context.getServiceReferences(IProvisioningAgent.class,
				"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
		assertTrue(!refs.isEmpty(), "no running p2 agent");
		IProvisioningAgent agent = context.getService(refs.iterator().next());
		IProfileRegistry profiles = agent.getService(IProfileRegistry.class);
		if (profiles.getProfile(PROFILE) == null) {
			String install = TestOutput.dir("p2-install").toString();
			profiles.addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install,
					IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
		}
		return agent;
	}

	/**
	 * Returns the update site the build made, made known to p2 as Help &gt; Install New Software... &gt; Add... does.
	 *
	 * @param agent the running agent
	 * @return the site's URI
	 */
	static URI builtSite(IProvisioningAgent agent) {
		Path site = Path.of(System.getProperty("partforge.site", "")).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(site.resolve("content.xml")),
				"no update site in " + site + " (built by releng/dev.partforge.product before this module)");
		URI uri = site.toUri();
		agent.getService(IMetadataRepositoryManager.class).addRepository(uri);
		agent.getService(IArtifactRepositoryManager.class).addRepository(uri);
		return uri;
	}

	/**
	 * Whether the test profile, as the profile registry has it now, holds a unit.
	 *
	 * @param agent the running agent
	 * @param id    the unit's id
	 * @return whether it is installed
	 */
	static boolean installed(IProvisioningAgent agent, String id) {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
		return !profile.query(QueryUtil.createIUQuery(id), null).isEmpty();
	}
}
