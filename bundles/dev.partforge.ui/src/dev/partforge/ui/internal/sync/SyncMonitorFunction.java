// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.sync;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Puts the {@link SyncMonitor} service into the e4 context, so parts and handlers get it by injection. */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY + "=dev.partforge.ui.internal.sync.SyncMonitor")
public final class SyncMonitorFunction extends ContextFunction {

	private final SyncMonitor service;

	/**
	 * Creates the function.
	 *
	 * @param service the DS service
	 */
	@Activate
	public SyncMonitorFunction(@Reference SyncMonitor service) {
		this.service = service;
	}

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		return service;
	}
}
