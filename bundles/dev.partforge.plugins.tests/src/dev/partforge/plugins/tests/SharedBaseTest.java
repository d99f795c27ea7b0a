// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.expression.ExpressionUtil;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partforge.cli.CliException;
import dev.partforge.plugins.internal.Feature;
import dev.partforge.plugins.internal.Installation;

/**
 * A user's profile of a shared (read-only) installation, shaped as p2's {@code SurrogateProfileHandler} makes it: the
 * product's root features (not locked, as with {@code -Dorg.eclipse.equinox.p2.type.lock=0}) and the
 * {@code SharedProfile_<profile>} unit requiring every unit of the product at its exact version, optionally and
 * greedily, included strictly. The uninstall the workbench's Installation Details &gt; Uninstall... runs (a plain
 * {@link UninstallOperation}, as {@code ProvisioningUI.getUninstallOperation} builds it) keeps a product feature in
 * such a profile; after {@link Installation#detachSharedBase} it removes it. Real p2 agent, planner and engine.
 */
class SharedBaseTest {

	private static final String SHARED_BASE = "SharedProfile_" + P2Sandbox.PROFILE;

	private final IInstallableUnit core = P2Sandbox.unit("x.core", "1.0.0", false);
	private final IInstallableUnit product = P2Sandbox.unit("x.product", "1.0.0", false, "x.core");
	private final IInstallableUnit svgBundle = P2Sandbox.unit("x.svg", "1.0.0", false, "x.core");
	private final IInstallableUnit svg = P2Sandbox.feature("x.svg.feature", "1.0.0", "x.svg");
	private final IInstallableUnit pdf = P2Sandbox.feature("x.pdf.feature", "1.0.0", "x.core");

	@TempDir
	Path dir;

	private P2Sandbox p2;
	private Installation installation;

	@BeforeEach
	void setUp() throws Exception {
		p2 = new P2Sandbox(dir);
		installation = new Installation(p2.agent(), P2Sandbox.PROFILE);
	}

	@AfterEach
	void tearDown() {
		p2.close();
	}

	@Test
	void theWorkbenchsUninstallKeepsAProductFeatureWhileTheProfileHasTheSharedBase() throws Exception {
		installProduct();
		workbenchUninstall(svg);

		assertTrue(has(svg.getId()), "p2 removed the feature despite the shared base: the test proves nothing");
		assertTrue(has("x.svg"));
	}

	@Test
	void afterDetachingTheWorkbenchsUninstallRemovesAProductFeature() throws Exception {
		installProduct();
		List<Feature> before = installation.installed();

		assertTrue(installation.detachSharedBase(new NullProgressMonitor()));
		assertFalse(has(SHARED_BASE));
		assertEquals(before, installation.installed());
		for (String id : List.of("x.core", "x.product", "x.svg", svg.getId(), pdf.getId())) {
			assertTrue(has(id), id + " went away with the shared base");
		}

		workbenchUninstall(svg);
		assertFalse(has(svg.getId()), "the workbench's uninstall kept the feature");
		assertFalse(has("x.svg"), "the workbench's uninstall kept the feature's bundle");
		for (String id : List.of("x.core", "x.product", pdf.getId())) {
			assertTrue(has(id), id + " went away with the feature");
		}
	}

	@Test
	void detachingIsDoneOnce() throws Exception {
		installProduct();
		assertTrue(installation.detachSharedBase(new NullProgressMonitor()));
		assertFalse(installation.detachSharedBase(new NullProgressMonitor()));
	}

	@Test
	void aDetachThatWouldRemoveAFeatureIsRefusedAndChangesNothing() throws Exception {
		// a feature of the product that is no root: only the shared base keeps it
		IInstallableUnit extra = P2Sandbox.feature("x.extra.feature", "1.0.0", "x.core");
		installSharedInstallationProfile(p2.site("product", core, product, extra), List.of(product),
				List.of(core, product, extra));
		assertTrue(has(extra.getId()));

		CliException e = assertThrows(CliException.class,
				() -> installation.detachSharedBase(new NullProgressMonitor()));
		assertEquals("cannot detach the profile from the shared installation: it would remove x.extra.feature",
				e.getMessage());
		assertTrue(has(SHARED_BASE));
		assertTrue(has(extra.getId()));
	}

	@Test
	void withoutAProfileThereIsNothingToDetach() throws Exception {
		assertFalse(new Installation(p2.agent(), "NoSuchProfile").detachSharedBase(new NullProgressMonitor()));
	}

	/** The product: x.product, the SVG and PDF features as roots, all units kept by the shared base. */
	private void installProduct() throws Exception {
		installSharedInstallationProfile(p2.site("product", core, product, svgBundle, svg, pdf),
				List.of(product, svg, pdf), List.of(core, product, svgBundle, svg, pdf));
	}

	/** Installs roots as p2 sets up a user's profile of a shared installation whose product has the base units. */
	private void installSharedInstallationProfile(URI site, List<IInstallableUnit> roots,
			List<IInstallableUnit> base) {
		IInstallableUnit shared = sharedBase(base);
		IPlanner planner = p2.agent().getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile());
		request.addAll(roots);
		request.add(shared);
		for (IInstallableUnit root : roots) {
			request.setInstallableUnitProfileProperty(root, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
		}
		request.setInstallableUnitInclusionRules(shared, ProfileInclusionRules.createStrictInclusionRule(shared));
		ProvisioningContext context = new ProvisioningContext(p2.agent());
		context.setMetadataRepositories(site);
		context.setArtifactRepositories(site);
		IProvisioningPlan plan = planner.getProvisioningPlan(request, context, new NullProgressMonitor());
		assertTrue(plan.getStatus().isOK(), plan.getStatus().toString());
		IStatus done = p2.agent().getService(IEngine.class).perform(plan, new NullProgressMonitor());
		assertTrue(done.isOK(), done.toString());
		assertTrue(has(SHARED_BASE));
	}

	/** The unit p2 adds to the user's profile: every unit of the product at its exact version, optional, greedy. */
	private static IInstallableUnit sharedBase(List<IInstallableUnit> base) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(SHARED_BASE);
		d.setVersion(Version.createOSGi(1, 0, 0, "1796411008041"));
		d.addProvidedCapabilities(List.<IProvidedCapability>of(
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, d.getId(), d.getVersion())));
		List<IRequirement> requirements = new ArrayList<>();
		for (IInstallableUnit iu : base) {
			requirements.add(MetadataFactory.createRequirement(ExpressionUtil.getFactory()
					.matchExpression(ExpressionUtil.parse("id == $0 && version == $1"), iu.getId(), iu.getVersion()),
					null, 0, 1, true));
		}
		d.addRequirements(requirements);
		return MetadataFactory.createInstallableUnit(d);
	}

	/** Uninstalls as the workbench's Uninstall wizard does: the selected unit only, every known site. */
	private void workbenchUninstall(IInstallableUnit iu) {
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(p2.agent()), List.of(iu));
		operation.setProfileId(P2Sandbox.PROFILE);
		operation.setProvisioningContext(new ProvisioningContext(p2.agent()));
		IStatus resolved = operation.resolveModal(new NullProgressMonitor());
		assertNotEquals(IStatus.ERROR, resolved.getSeverity(), resolved.toString());
		ProvisioningJob job = operation.getProvisioningJob(new NullProgressMonitor());
		assertNotNull(job, "p2 found nothing to do");
		IStatus done = job.runModal(new NullProgressMonitor());
		assertTrue(done.isOK(), done.toString());
	}

	private boolean has(String id) {
		return !profile().query(QueryUtil.createIUQuery(id), null).isEmpty();
	}

	private IProfile profile() {
		return p2.agent().getService(IProfileRegistry.class).getProfile(P2Sandbox.PROFILE);
	}
}
