// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.e4.core.contexts.IContextFunction;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.partforge.export.ExporterRegistry;
import dev.partforge.metrics.Metrics;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.WorkbenchServices;
import dev.partforge.ui.internal.services.StoreMonitor;
import dev.partforge.ui.internal.timer.PracticeSession;

/**
 * The real workbench's e4 contexts resolve PartForge's DS services from the OSGi service registry themselves: no
 * context function puts them there, and a window's context, the workbench's context and {@link WorkbenchServices} all
 * give the very instance the registry holds.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ServicesInContextUITest {

	private static final List<Class<?>> SERVICES = List.of(PartStore.class, PartLibrary.class, SessionState.class,
			ExporterRegistry.class, Metrics.class, PracticeSession.class, StoreMonitor.class);

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void theWorkbenchContextsResolveTheRegisteredServices() throws Exception {
		BundleContext bundles = FrameworkUtil.getBundle(ServicesInContextUITest.class).getBundleContext();
		for (Class<?> type : SERVICES) {
			assertEquals(List.of(), List.copyOf(bundles.getServiceReferences(IContextFunction.class,
					"(" + IContextFunction.SERVICE_CONTEXT_KEY + "=" + type.getName() + ")")),
					"a context function provides " + type.getName());
			ServiceReference<?> ref = bundles.getServiceReference(type.getName());
			assertNotNull(ref, type.getName() + " is not registered");
			Object registered = bundles.getService(ref);
			try {
				assertNotNull(registered, type.getName());
				assertSame(registered, bot.ui().call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]
						.getService(IEclipseContext.class).get(type.getName())), "window context: " + type.getName());
				assertSame(registered, bot.ui().call(
						() -> PlatformUI.getWorkbench().getService(IEclipseContext.class).get(type.getName())),
						"workbench context: " + type.getName());
				assertSame(registered, bot.ui().call(() -> WorkbenchServices.get(null, type)),
						"WorkbenchServices: " + type.getName());
			} finally {
				bundles.ungetService(ref);
			}
		}
	}
}
