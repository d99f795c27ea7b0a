// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.services;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.metrics.Metrics;

/** Puts the {@link Metrics} service into the e4 context, so parts and jobs get it by injection or lookup. */
@Component(service = IContextFunction.class, property = IContextFunction.SERVICE_CONTEXT_KEY + "=dev.partforge.metrics.Metrics")
public final class MetricsFunction extends ContextFunction {

	private final Metrics service;

	/**
	 * Creates the function.
	 *
	 * @param service the DS service
	 */
	@Activate
	public MetricsFunction(@Reference Metrics service) {
		this.service = service;
	}

	@Override
	public Object compute(IEclipseContext context, String contextKey) {
		return service;
	}
}
