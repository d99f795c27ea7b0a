// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.partforge.practice.PartLibrary;
import dev.partforge.practice.SampleParts;
import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.store.StoreException;
import dev.partforge.ui.StoreReadiness;

/**
 * On the first start of the workbench on a data directory, fills the empty library with {@link SampleParts}, off
 * the UI thread, once the workbench has opened the store ({@link StoreReadiness}). Disabled with the system property {@value #DISABLE} (the UI tests start from an empty library).
 */
final class SamplePartsJob extends Job {

	/** System property that turns the sample parts off. */
	static final String DISABLE = "partforge.noSamples";

	SamplePartsJob() {
		super("Preparing sample parts");
		setSystem(false);
	}

	/** Schedules the job unless sample parts are disabled. */
	static void scheduleIfWanted() {
		if (!Boolean.getBoolean(DISABLE)) {
			new SamplePartsJob().schedule();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		BundleContext ctx = FrameworkUtil.getBundle(SamplePartsJob.class).getBundleContext();
		ServiceReference<PartLibrary> lib = ctx.getServiceReference(PartLibrary.class);
		ServiceReference<PartStore> store = ctx.getServiceReference(PartStore.class);
		ServiceReference<SessionState> session = ctx.getServiceReference(SessionState.class);
		ServiceReference<StoreReadiness> readiness = ctx.getServiceReference(StoreReadiness.class);
		if (lib == null || store == null || session == null || readiness == null) {
			return Status.warning("Sample parts were not created: the part library or the store is not available");
		}
		try {
			ctx.getService(readiness).await(monitor);
			int n = SampleParts.ensure(ctx.getService(lib), ctx.getService(store), ctx.getService(session)).size();
			if (n > 0) {
				ILog.of(SamplePartsJob.class).info("Created " + n + " sample parts in the empty library");
			}
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return Status.error("Sample parts could not be created: " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} finally {
			ctx.ungetService(readiness);
			ctx.ungetService(lib);
			ctx.ungetService(store);
			ctx.ungetService(session);
		}
	}
}
