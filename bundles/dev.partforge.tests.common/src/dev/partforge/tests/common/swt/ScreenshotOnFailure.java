// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import dev.partforge.tests.common.TestOutput;

/**
 * JUnit 5 extension: when a UI test fails, saves a screenshot as {@code target/screenshots/<Class>.<method>-FAILED.png}.
 * Use with {@code @ExtendWith(ScreenshotOnFailure.class)}.
 */
public final class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
				+ "-FAILED.png";
		try {
			Screenshots.capture(new UiThread(PlatformUI.getWorkbench().getDisplay()),
					TestOutput.dir("screenshots").resolve(name));
		} catch (RuntimeException e) {
			ILog.of(ScreenshotOnFailure.class).error("could not save the failure screenshot " + name, e);
		}
	}
}
