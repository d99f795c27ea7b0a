// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.services.IServiceLocator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * How PartForge workbench bundles obtain PartForge services (store, library, exporters, ...): from the e4 context of
 * a window or site, where the workbench puts DS services through its {@code IContextFunction}s, else from the OSGi
 * service registry.
 */
public final class WorkbenchServices {

	private WorkbenchServices() {
	}

	/**
	 * Looks a service up.
	 *
	 * @param <T>     the service type
	 * @param locator a workbench, window or site; may be {@code null}
	 * @param type    the service interface
	 * @return the service
	 * @throws CoreException if no bundle provides it (the message names the service)
	 */
	public static <T> T get(IServiceLocator locator, Class<T> type) throws CoreException {
		IEclipseContext context = locator == null ? null : locator.getService(IEclipseContext.class);
		T service = context == null ? null : context.get(type);
		if (service != null) {
			return service;
		}
		BundleContext bundleContext = FrameworkUtil.getBundle(WorkbenchServices.class).getBundleContext();
		ServiceReference<T> ref = bundleContext == null ? null : bundleContext.getServiceReference(type);
		service = ref == null ? null : bundleContext.getService(ref);
		if (service == null) {
			throw new CoreException(Status.error("The service " + type.getName()
					+ " is not available: the bundle providing it did not start. See the Error Log."));
		}
		return service;
	}
}
