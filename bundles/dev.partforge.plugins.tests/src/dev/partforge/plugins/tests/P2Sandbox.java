// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.tests;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.IUpdateDescriptor;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A real p2 agent in a temporary folder with an empty profile, and real update sites (simple metadata and artifact
 * repositories on disk) holding feature groups made with p2's {@link MetadataFactory}.
 */
final class P2Sandbox implements AutoCloseable {

	static final String PROFILE = "PartForgeTest";

	private final Path dir;
	private final IProvisioningAgent agent;

	P2Sandbox(Path dir) throws ProvisionException {
		this.dir = dir;
		BundleContext context = FrameworkUtil.getBundle(P2Sandbox.class).getBundleContext();
		IProvisioningAgentProvider provider = context
				.getService(context.getServiceReference(IProvisioningAgentProvider.class));
		agent = provider.createAgent(dir.resolve("p2").toUri());
		String install = dir.resolve("install").toString();
		agent.getService(IProfileRegistry.class).addProfile(PROFILE,
				Map.of(IProfile.PROP_INSTALL_FOLDER, install, IProfile.PROP_CACHE, install,
						IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
	}

	IProvisioningAgent agent() {
		return agent;
	}

	/**
	 * A feature group {@code <id>.feature.group} that requires the given unit ids (any version) and updates its
	 * earlier versions.
	 */
	static IInstallableUnit feature(String id, String version, String... requiredIds) {
		return unit(id + ".feature.group", version, true, requiredIds);
	}

	/**
	 * A unit that requires the given unit ids (any version) and updates its earlier versions; a feature group if
	 * {@code group}, else a plain unit (as a bundle's).
	 */
	static IInstallableUnit unit(String id, String version, boolean group, String... requiredIds) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(id);
		d.setVersion(Version.create(version));
		if (group) {
			d.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, Boolean.TRUE.toString());
		}
		d.setProperty(IInstallableUnit.PROP_NAME, "Feature " + id.replace(".feature.group", ""));
		// as p2's publisher does: a version updates the earlier ones of its id
		d.setUpdateDescriptor(MetadataFactory.createUpdateDescriptor(d.getId(),
				new VersionRange(Version.emptyVersion, true, d.getVersion(), false), IUpdateDescriptor.NORMAL, null));
		d.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, d.getId(), d.getVersion()) });
		List<IRequirement> requirements = new ArrayList<>();
		for (String required : requiredIds) {
			requirements.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, required,
					VersionRange.emptyRange, null, false, false));
		}
		d.setRequirements(requirements.toArray(IRequirement[]::new));
		return MetadataFactory.createInstallableUnit(d);
	}

	/** Writes an update site (metadata and empty artifact repository) holding the units; returns its URI. */
	URI site(String name, IInstallableUnit... units) throws ProvisionException {
		URI uri = dir.resolve("sites").resolve(name).toUri();
		IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(uri, name,
				IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		metadata.addInstallableUnits(List.of(units));
		agent.getService(IArtifactRepositoryManager.class).createRepository(uri, name,
				IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
		// forget it, as a fresh PartForge would: loading it again reads the files just written
		agent.getService(IMetadataRepositoryManager.class).removeRepository(uri);
		agent.getService(IArtifactRepositoryManager.class).removeRepository(uri);
		return uri;
	}

	/** A location where no update site is. */
	URI missingSite() {
		return dir.resolve("sites").resolve("none").toUri();
	}

	static int knownSites(IProvisioningAgent agent) {
		return agent.getService(IMetadataRepositoryManager.class)
				.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL).length;
	}

	@Override
	public void close() {
		agent.stop();
	}
}
