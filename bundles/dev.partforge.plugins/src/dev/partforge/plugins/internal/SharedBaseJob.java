// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.internal;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.partforge.cli.CliException;

/**
 * Prepares the running PartForge's p2 profile for the workbench's p2 dialogs: in a shared (read-only) installation it
 * {@linkplain Installation#detachSharedBase detaches the user's profile from the product's}, so that Help &gt;
 * Installation Details &gt; Uninstall... removes the exporters built into the product as {@code partforge plugins
 * uninstall} does. Does nothing where there is nothing to detach (not a shared installation, done before, no p2).
 * The workbench schedules it once it has started.
 */
public final class SharedBaseJob extends Job {

	/** The job's family, to wait for it. */
	public static final Object FAMILY = SharedBaseJob.class;

	/** Creates the job. */
	public SharedBaseJob() {
		super("Preparing plug-in management");
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Optional<Installation> installation = Installation.running();
		if (installation.isEmpty()) {
			return Status.OK_STATUS;
		}
		try {
			if (installation.get().detachSharedBase(monitor)) {
				ILog.of(SharedBaseJob.class).info("The p2 profile of this data directory no longer keeps every unit "
						+ "of the shared installation; the product's features can be uninstalled in the workbench");
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CliException e) {
			// the workbench's Uninstall then keeps the product's features; partforge plugins uninstall still works
			ILog.of(SharedBaseJob.class).error("Could not prepare the p2 profile for uninstalling the product's "
					+ "features in the workbench: " + e.getMessage(), e);
			return Status.OK_STATUS;
		}
	}
}
