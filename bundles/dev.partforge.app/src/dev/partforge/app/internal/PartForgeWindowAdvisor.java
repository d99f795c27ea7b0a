// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.app.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.partforge.core.ProductInfo;
import dev.partforge.ui.StoreReadiness;
import dev.partforge.ui.WorkbenchServices;

/**
 * Configures the PartForge window: title, size, tool bar and status line. Once the window is shown it has the store
 * opened ({@link StoreReadiness#open()}), from the first turn of the event loop after the window opened (its
 * pending paint and layout events handled first), so that opening the store (CDO, Net4j, H2) does not compete with
 * building the window; the views say meanwhile that the library is opening.
 */
final class PartForgeWindowAdvisor extends WorkbenchWindowAdvisor {

	PartForgeWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(ProductInfo.NAME);
	}

	@Override
	public void postWindowOpen() {
		ILog.of(PartForgeWindowAdvisor.class).info("Workbench window open: " + ProductInfo.current().displayString());
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getShell().getDisplay().asyncExec(() -> openStore(window));
	}

	private static void openStore(IWorkbenchWindow window) {
		try {
			WorkbenchServices.get(window, StoreReadiness.class).open();
		} catch (CoreException e) {
			ILog.of(PartForgeWindowAdvisor.class).error("The store cannot be opened: " + e.getMessage(), e);
		}
	}
}
