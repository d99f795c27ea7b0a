// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IServiceLocator;

/**
 * How PartForge workbench bundles obtain PartForge services (store, library, exporters, ...): from the e4 context of
 * a window or site, else of the workbench. The workbench's contexts descend from its OSGi service context, which
 * resolves a type it does not hold from the OSGi service registry (the DS components), tracks the service and releases
 * it when the context is disposed; so nothing here gets a service from the registry itself.
 */
public final class WorkbenchServices {

	private WorkbenchServices() {
	}

	/**
	 * Looks a service up.
	 *
	 * @param <T>     the service type
	 * @param locator a workbench, window or site; may be {@code null} for the running workbench
	 * @param type    the service interface
	 * @return the service
	 * @throws CoreException if no bundle provides it (the message names the service)
	 */
	public static <T> T get(IServiceLocator locator, Class<T> type) throws CoreException {
		IEclipseContext context = locator == null ? null : locator.getService(IEclipseContext.class);
		if (context == null && PlatformUI.isWorkbenchRunning()) {
			context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
		}
		T service = context == null ? null : context.get(type);
		if (service == null) {
			throw new CoreException(Status.error("The service " + type.getName()
					+ " is not available: the bundle providing it did not start. See the Error Log."));
		}
		return service;
	}

	/**
	 * Waits, in a Job, until the workbench's first open of the store has ended ({@link StoreReadiness#await}): work
	 * that reads the store at start (a restored drawing, the 3D view) calls it first, so that it does not open the
	 * store while the window is built.
	 *
	 * @param locator a workbench, window or site; may be {@code null} for the running workbench
	 * @param monitor cancels the wait ({@link org.eclipse.core.runtime.OperationCanceledException})
	 * @throws CoreException if the workbench has no {@link StoreReadiness}
	 */
	public static void awaitStore(IServiceLocator locator, IProgressMonitor monitor) throws CoreException {
		get(locator, StoreReadiness.class).await(monitor);
	}
}
