// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.services.IServiceLocator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The one place this bundle obtains PartForge services: from the e4 context of a window or site (where the workbench
 * puts DS services through its {@code IContextFunction}s, and whose root context sees every OSGi service), else from
 * the OSGi service registry directly.
 */
final class Services {

	private Services() {
	}

	/**
	 * Looks a service up.
	 *
	 * @param <T>     the service type
	 * @param locator a workbench, window or site
	 * @param type    the service interface
	 * @return the service
	 * @throws CoreException if no bundle provides it (the message says which service)
	 */
	static <T> T get(IServiceLocator locator, Class<T> type) throws CoreException {
		IEclipseContext context = locator == null ? null : locator.getService(IEclipseContext.class);
		T service = context == null ? null : context.get(type);
		if (service != null) {
			return service;
		}
		BundleContext bundleContext = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceReference<T> ref = bundleContext == null ? null : bundleContext.getServiceReference(type);
		service = ref == null ? null : bundleContext.getService(ref);
		if (service == null) {
			throw new CoreException(Status.error(NLS.bind(Messages.Services_missing, type.getName())));
		}
		return service;
	}
}
