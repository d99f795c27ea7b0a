// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.partforge.cli.CliException;

/**
 * The p2 profile of a PartForge installation and the changes the {@code plugins} command makes to it, through the
 * p2 operations API ({@link InstallOperation}, {@link UninstallOperation}, {@link UpdateOperation}). A change is
 * resolved first and performed only if the whole plan resolves; p2's engine rolls the profile back if performing it
 * fails, so a failed change leaves the installation as it was.
 */
public final class Installation {

	/** Id prefix of the unit p2 adds to a user's profile of a shared installation to keep the product's units. */
	private static final String SHARED_BASE_PREFIX = "SharedProfile_";

	private final IProvisioningAgent agent;
	private final String profileId;

	/**
	 * Creates the view of one profile.
	 *
	 * @param agent     the provisioning agent owning the profile
	 * @param profileId the profile, {@link IProfileRegistry#SELF} for the running PartForge
	 */
	public Installation(IProvisioningAgent agent, String profileId) {
		this.agent = agent;
		this.profileId = profileId;
	}

	/**
	 * Returns the installed features, roots (removable) and features of PartForge itself.
	 *
	 * @return features by id
	 * @throws CliException if there is no profile
	 */
	public List<Feature> installed() throws CliException {
		IProfile profile = profile();
		List<Feature> features = new ArrayList<>();
		for (IInstallableUnit iu : profile.query(QueryUtil.createIUGroupQuery(), null)) {
			if (Feature.isFeature(iu)) {
				features.add(Feature.of(iu, isRoot(profile, iu)));
			}
		}
		features.sort(Comparator.comparing(Feature::id));
		return features;
	}

	/**
	 * Returns the newest version of every feature an update site offers.
	 *
	 * @param site    the update site
	 * @param monitor progress
	 * @return features by id, {@link Feature#removable()} telling whether each is installed
	 * @throws CliException if the site cannot be read or there is no profile
	 */
	public List<Feature> available(URI site, IProgressMonitor monitor) throws CliException {
		IProfile profile = profile();
		IMetadataRepository repository = UpdateSites.load(agent, site, monitor);
		List<Feature> features = new ArrayList<>();
		for (IInstallableUnit iu : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()),
				null)) {
			if (Feature.isFeature(iu)) {
				features.add(Feature.of(iu, !profile.query(QueryUtil.createIUQuery(iu.getId()), null).isEmpty()));
			}
		}
		features.sort(Comparator.comparing(Feature::id));
		return features;
	}

	/**
	 * Installs features from an update site, with everything they require.
	 *
	 * @param site       the update site
	 * @param featureIds feature ids as {@code plugins list --available} shows them
	 * @param monitor    progress and cancellation
	 * @return what was installed, one line per feature
	 * @throws CliException if the site cannot be read, a feature is not on it, or the installation does not resolve
	 */
	public List<String> install(URI site, List<String> featureIds, IProgressMonitor monitor) throws CliException {
		SubMonitor sub = SubMonitor.convert(monitor, "Installing from " + site, 10);
		IProfile profile = profile();
		IMetadataRepository repository = UpdateSites.load(agent, site, sub.split(2));
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			Optional<IInstallableUnit> iu = latest(repository, Feature.groupId(id));
			if (iu.isEmpty()) {
				throw new CliException("no feature " + id + " on " + site + " (see partforge plugins list --available --repo "
						+ site + ")");
			}
			if (!profile.query(QueryUtil.createIUQuery(iu.get()), null).isEmpty()) {
				throw new CliException("feature " + id + " " + iu.get().getVersion() + " is already installed");
			}
			units.add(iu.get());
		}
		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), units);
		perform(operation, context(site), "install " + String.join(", ", featureIds), sub.split(8));
		return describe("installed", units);
	}

	/**
	 * Finds the installation of the running PartForge: its current p2 agent and profile {@link IProfileRegistry#SELF}.
	 *
	 * @return the installation, empty if p2 is not running (no current provisioning agent)
	 */
	public static Optional<Installation> running() {
		BundleContext bundles = FrameworkUtil.getBundle(Installation.class).getBundleContext();
		try {
			Collection<ServiceReference<IProvisioningAgent>> refs = bundles.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
			return refs.stream().findFirst().map(ref -> new Installation(bundles.getService(ref), IProfileRegistry.SELF));
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Lets the profile of a shared (read-only) installation stand on its own roots: removes the unit by which p2 keeps
	 * every unit of the product in the user's profile ({@code SharedProfile_<profile>}, see {@link #sharedBase}). Until
	 * then p2 keeps the product's own root features (the exporters) whenever one is uninstalled by a plain
	 * {@link UninstallOperation}, which is what the workbench's Installation Details &gt; Uninstall... runs; afterwards
	 * such an uninstall removes them, as {@link #uninstall} does. The product's root features stay roots, so nothing
	 * else changes; a plan that would remove a feature is refused.
	 *
	 * @param monitor progress and cancellation
	 * @return true if the unit was removed, false if there was none (no profile, not a shared installation, or done
	 *         before)
	 * @throws CliException if the change does not resolve or fails (the profile is then unchanged)
	 */
	public boolean detachSharedBase(IProgressMonitor monitor) throws CliException {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(profileId);
		List<IInstallableUnit> base = profile == null ? List.of() : sharedBase(profile);
		if (base.isEmpty()) {
			return false;
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Preparing plug-in management", 10);
		String what = "detach the profile from the shared installation";
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), base);
		operation.setProfileId(profileId);
		operation.setProvisioningContext(new ProvisioningContext(agent));
		check(operation.resolveModal(sub.split(3)), "cannot " + what);
		Optional<IInstallableUnit> feature = operation.getProvisioningPlan().getRemovals()
				.query(QueryUtil.createIUGroupQuery(), null).stream().findFirst();
		if (feature.isPresent()) {
			throw new CliException("cannot " + what + ": it would remove " + Feature.of(feature.get(), true).id());
		}
		perform(operation, operation.getProvisioningContext(), what, base, sub.split(7));
		return true;
	}

	/**
	 * Uninstalls features installed on their own (roots of the profile) and what only they required.
	 *
	 * @param featureIds feature ids as {@code plugins list} shows them
	 * @param monitor    progress and cancellation
	 * @return what was removed, one line per feature
	 * @throws CliException if a feature is not installed, is part of PartForge itself, or its removal does not resolve
	 */
	public List<String> uninstall(List<String> featureIds, IProgressMonitor monitor) throws CliException {
		IProfile profile = profile();
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : featureIds) {
			Optional<IInstallableUnit> iu = latest(profile, Feature.groupId(id));
			if (iu.isEmpty()) {
				throw new CliException("feature " + id + " is not installed (see partforge plugins list)");
			}
			if (!isRoot(profile, iu.get())) {
				throw new CliException("feature " + id + " is part of PartForge itself and cannot be uninstalled");
			}
			units.add(iu.get());
		}
		List<IInstallableUnit> removals = new ArrayList<>(units);
		removals.addAll(sharedBase(profile));
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), removals);
		String what = "uninstall " + String.join(", ", featureIds);
		perform(operation, new ProvisioningContext(agent), what, units, monitor);
		return describe("uninstalled", units);
	}

	/**
	 * Updates the features installed on their own to the newest versions the update sites offer.
	 *
	 * @param site    the update site to look in; empty for every site known to this installation
	 * @param monitor progress and cancellation
	 * @return what was updated, one line per feature; empty if everything is up to date
	 * @throws CliException if the site cannot be read or the update does not resolve
	 */
	public List<String> update(Optional<URI> site, IProgressMonitor monitor) throws CliException {
		SubMonitor sub = SubMonitor.convert(monitor, "Checking for updates", 10);
		profile();
		ProvisioningContext context = new ProvisioningContext(agent);
		if (site.isPresent()) {
			UpdateSites.load(agent, site.get(), sub.split(2));
			context = context(site.get());
		}
		UpdateOperation operation = new UpdateOperation(new ProvisioningSession(agent));
		operation.setProfileId(profileId);
		operation.setProvisioningContext(context);
		IStatus resolved = operation.resolveModal(sub.split(3));
		if (resolved.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
			return List.of();
		}
		List<IInstallableUnit> updated = new ArrayList<>();
		for (var update : operation.getSelectedUpdates()) {
			updated.add(update.replacement);
		}
		perform(operation, context, "update", sub.split(5));
		return describe("updated", updated);
	}

	private void perform(ProfileChangeOperation operation, ProvisioningContext context, String what,
			IProgressMonitor monitor) throws CliException {
		perform(operation, context, what, List.of(), monitor);
	}

	private void perform(ProfileChangeOperation operation, ProvisioningContext context, String what,
			List<IInstallableUnit> mustGo, IProgressMonitor monitor) throws CliException {
		SubMonitor sub = SubMonitor.convert(monitor, 10);
		operation.setProfileId(profileId);
		operation.setProvisioningContext(context);
		IStatus resolved = operation.hasResolved() ? operation.getResolutionResult() : operation.resolveModal(sub.split(3));
		sub.setWorkRemaining(7);
		check(resolved, "cannot " + what);
		checkRemoved(operation, mustGo, what);
		ProvisioningJob job = operation.getProvisioningJob(null);
		if (job == null) {
			throw new CliException("cannot " + what + ": p2 found nothing to do");
		}
		check(job.runModal(sub.split(7)), what + " failed, the installation is unchanged");
	}

	/**
	 * Returns the unit by which p2 keeps the product's own features in a user's profile of a shared (read-only)
	 * installation ({@code SurrogateProfileHandler}). It requires every unit of the product at its exact version,
	 * optionally and greedily, with a strict inclusion rule, so p2 keeps a product feature that is uninstalled;
	 * removing it is safe, because the product's root features stay roots.
	 */
	private static List<IInstallableUnit> sharedBase(IProfile profile) {
		return profile.query(QueryUtil.createIUAnyQuery(), null).stream()
				.filter(iu -> iu.getId().startsWith(SHARED_BASE_PREFIX)).toList();
	}

	private static void checkRemoved(ProfileChangeOperation operation, List<IInstallableUnit> units, String what)
			throws CliException {
		IQueryable<IInstallableUnit> removals = operation.getProvisioningPlan().getRemovals();
		for (IInstallableUnit iu : units) {
			if (removals.query(QueryUtil.createIUQuery(iu), null).isEmpty()) {
				throw new CliException("cannot " + what + ": " + Feature.of(iu, true).id()
						+ " is required by other installed features");
			}
		}
	}

	private static void check(IStatus status, String failure) throws CliException {
		if (status.getSeverity() == IStatus.CANCEL) {
			throw new OperationCanceledException();
		}
		if (status.getSeverity() == IStatus.ERROR) {
			throw new CliException(failure + ": " + Statuses.oneLine(status),
					new CoreException(status));
		}
	}

	private ProvisioningContext context(URI site) {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(site);
		context.setArtifactRepositories(site);
		return context;
	}

	private IProfile profile() throws CliException {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(profileId);
		if (profile == null) {
			throw new CliException("this PartForge has no p2 profile (plug-ins are managed in the packed product, "
					+ "see the README: Running the packed product)");
		}
		return profile;
	}

	private static boolean isRoot(IProfile profile, IInstallableUnit iu) {
		return Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, IProfile.PROP_PROFILE_ROOT_IU));
	}

	private static Optional<IInstallableUnit> latest(IQueryable<IInstallableUnit> where, String id) {
		return where.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), null).stream().findFirst();
	}

	private static List<String> describe(String verb, List<IInstallableUnit> units) {
		return units.stream().map(iu -> Feature.of(iu, true)).map(f -> verb + " " + f.id() + " " + f.version()).toList();
	}
}
