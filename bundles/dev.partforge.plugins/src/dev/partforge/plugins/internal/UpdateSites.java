// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

import dev.partforge.cli.CliException;

/** Update site locations as users type them, and loading them through p2's repository managers. */
public final class UpdateSites {

	private UpdateSites() {
	}

	/**
	 * Parses an update site location: a {@code file:}, {@code http:} or {@code https:} URI, a folder path, or a zipped
	 * site ({@code .zip} path or {@code file:} URI, read in place).
	 *
	 * @param text what the user typed after {@code --repo}
	 * @return the repository URI
	 * @throws CliException (usage) if it is no URI or path
	 */
	public static URI parse(String text) throws CliException {
		String t = text.trim();
		URI uri;
		try {
			if (t.matches("(?i)(file|https?|jar):.*")) {
				uri = new URI(t);
				if ("file".equalsIgnoreCase(uri.getScheme()) && uri.getPath() == null) {
					uri = Paths.get(uri.getSchemeSpecificPart()).toAbsolutePath().toUri();
				}
			} else {
				uri = Path.of(t).toAbsolutePath().normalize().toUri();
			}
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw CliException.usage("plugins: --repo must be a file:, http: or https: URI or a folder, got '" + text + "'");
		}
		if ("file".equalsIgnoreCase(uri.getScheme()) && uri.getPath().toLowerCase().endsWith(".zip")) {
			return URI.create("jar:" + uri + "!/");
		}
		return uri;
	}

	/**
	 * Loads the metadata and artifact repositories of an update site.
	 *
	 * @param agent   the provisioning agent
	 * @param site    the update site
	 * @param monitor progress
	 * @return its metadata repository
	 * @throws CliException if the site cannot be read
	 */
	static IMetadataRepository load(IProvisioningAgent agent, URI site, IProgressMonitor monitor) throws CliException {
		SubMonitor sub = SubMonitor.convert(monitor, "Reading " + site, 2);
		try {
			IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(site,
					sub.split(1));
			agent.getService(IArtifactRepositoryManager.class).loadRepository(site, sub.split(1));
			return metadata;
		} catch (ProvisionException e) {
			throw new CliException("cannot read the update site " + site + ": " + Statuses.oneLine(e.getStatus()), e);
		}
	}
}
