// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;

/** Activates {@link CacheBudget} when the workbench starts (and only then: not in the headless command line). */
public final class CacheBudgetStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		if (context.get(CacheBudget.class) == null) {
			ILog.of(CacheBudgetStartup.class).warn("The memory budget is not followed: no CacheBudget component; "
					+ "the caches keep the bounds of the default budget");
		}
	}
}
