// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.tests.common.TestOutput;

/**
 * The UI test runtime's real p2: its running agent, its profile ({@code -Declipse.p2.profile} in this bundle's pom,
 * in a p2 data area the test run starts without) and update sites shaped like PartForge's, written with p2's
 * {@link MetadataFactory}: the PartForge category holding the SVG exporter feature, which holds the SVG bundle.
 */
final class P2Fixture {

	/** The profile the test runtime runs as, set in pom.xml. */
	static final String PROFILE = "PartForgeUITest";

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
			profiles.addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install));
		}
		return agent;
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

	/**
	 * Writes an update site like PartForge's: the PartForge category, the SVG exporter feature group in it and the
	 * SVG bundle unit the feature requires (metadata only, so no artifact needs fetching or trusting).
	 *
	 * @param agent the running agent
	 * @param site  the folder to write it to
	 * @return the site's URI
	 * @throws ProvisionException if p2 cannot write it
	 */
	static URI writeSite(IProvisioningAgent agent, URI site) throws ProvisionException {
		IInstallableUnit bundle = unit(SVG_BUNDLE, "PartForge SVG export", null,
				MetadataFactory.createProvidedCapability("osgi.bundle", SVG_BUNDLE, Version.create("1.0.0")));
		IInstallableUnit feature = unit(SVG_FEATURE, SVG_FEATURE_NAME, InstallableUnitDescription.PROP_TYPE_GROUP, null,
				require(bundle.getId()));
		IInstallableUnit category = unit("partforge", "PartForge", InstallableUnitDescription.PROP_TYPE_CATEGORY, null,
				require(feature.getId()));
		agent.getService(IMetadataRepositoryManager.class)
				.createRepository(site, "PartForge", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of())
				.addInstallableUnits(List.of(bundle, feature, category));
		agent.getService(IArtifactRepositoryManager.class).createRepository(site, "PartForge",
				IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		return site;
	}

	private static IRequirement require(String id) {
		return MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, id, VersionRange.emptyRange, null,
				false, false);
	}

	private static IInstallableUnit unit(String id, String name, String typeProperty, IProvidedCapability extra,
			IRequirement... requirements) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(id);
		d.setVersion(Version.create("1.0.0"));
		if (typeProperty != null) {
			d.setProperty(typeProperty, Boolean.TRUE.toString());
		}
		d.setProperty(IInstallableUnit.PROP_NAME, name);
		IProvidedCapability self = MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id,
				d.getVersion());
		d.setCapabilities(extra == null ? new IProvidedCapability[] { self } : new IProvidedCapability[] { self, extra });
		d.setRequirements(requirements);
		return MetadataFactory.createInstallableUnit(d);
	}
}
