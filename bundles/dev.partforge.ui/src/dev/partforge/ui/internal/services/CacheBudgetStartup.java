// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Activates {@link CacheBudget} when the workbench starts (and only then: not in the headless command line). Runs on
 * a background thread, so it asks the OSGi registry, not the workbench's context; the service stays in use for the
 * life of the bundle.
 */
public final class CacheBudgetStartup implements IStartup {

	@Override
	public void earlyStartup() {
		BundleContext bundle = FrameworkUtil.getBundle(CacheBudgetStartup.class).getBundleContext();
		ServiceReference<CacheBudget> ref = bundle == null ? null : bundle.getServiceReference(CacheBudget.class);
		if (ref == null || bundle.getService(ref) == null) {
			ILog.of(CacheBudgetStartup.class).warn("The memory budget is not followed: no CacheBudget component; "
					+ "the caches keep the bounds of the default budget");
		}
	}
}
