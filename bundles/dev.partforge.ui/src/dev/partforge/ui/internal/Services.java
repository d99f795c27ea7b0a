// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.services.IServiceLocator;

import dev.partforge.ui.WorkbenchServices;

/**
 * Reaches the DS services from 3.x parts and handlers through the e4 context (which resolves them from the OSGi
 * service registry, see {@link WorkbenchServices}): by injection into a part, by lookup in the window's context from a
 * handler.
 */
public final class Services {

	private Services() {
	}

	/**
	 * Injects {@code @Inject} fields and methods of a 3.x part or contribution from its site's context.
	 *
	 * @param locator the site or window
	 * @param target  the object to inject
	 * @return the context used (for {@link #uninject})
	 */
	public static IEclipseContext inject(IServiceLocator locator, Object target) {
		IEclipseContext context = locator.getService(IEclipseContext.class);
		ContextInjectionFactory.inject(target, context);
		return context;
	}

	/**
	 * Stops tracking an injected object.
	 *
	 * @param context the context passed back by {@link #inject}
	 * @param target  the injected object
	 */
	public static void uninject(IEclipseContext context, Object target) {
		if (context != null) {
			ContextInjectionFactory.uninject(target, context);
		}
	}

	/**
	 * Looks a service up in the context of the window a command runs in.
	 *
	 * @param <T>   the service type
	 * @param event the command's event
	 * @param type  the service type
	 * @return the service
	 * @throws ExecutionException if the service is not available
	 */
	public static <T> T get(ExecutionEvent event, Class<T> type) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		return get(window, type);
	}

	/**
	 * Looks a service up in a window's or site's context.
	 *
	 * @param <T>     the service type
	 * @param locator the window or site
	 * @param type    the service type
	 * @return the service
	 * @throws ExecutionException if the service is not available
	 */
	public static <T> T get(IServiceLocator locator, Class<T> type) throws ExecutionException {
		try {
			return WorkbenchServices.get(locator, type);
		} catch (CoreException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}
}
