// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.app.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dev.partforge.core.ProductInfo;

/** Configures the PartForge window: title, size, tool bar and status line. */
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
	}
}
