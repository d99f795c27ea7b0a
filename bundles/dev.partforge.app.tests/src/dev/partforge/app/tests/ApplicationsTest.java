// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import dev.partforge.app.internal.WorkbenchApplication;

/** The product definition and both applications resolve from the extension registry. */
class ApplicationsTest {

	@Test
	void workbenchApplicationIsRegistered() {
		// not instantiated here: that would start the workbench bundles, which need a display
		IConfigurationElement run = runElement("dev.partforge.app.workbench");
		assertEquals("main", run.getParent() instanceof IConfigurationElement p ? p.getAttribute("thread") : null);
		assertEquals(WorkbenchApplication.class.getName(), run.getAttribute("class"));
	}

	@Test
	void headlessCliApplicationIsRegisteredUnderItsDocumentedId() throws Exception {
		IConfigurationElement run = runElement("dev.partforge.cli");
		Object app = run.createExecutableExtension("class");
		assertEquals("dev.partforge.cli.internal.CliApplication", app.getClass().getName());
	}

	@Test
	void productStartsTheWorkbench() {
		IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
				"dev.partforge.app.product");
		assertNotNull(product, "product extension dev.partforge.app.product missing");
		IConfigurationElement element = product.getConfigurationElements()[0];
		assertEquals("dev.partforge.app.workbench", element.getAttribute("application"));
		assertEquals("PartForge", element.getAttribute("name"));
	}

	private static IConfigurationElement runElement(String applicationId) {
		IExtension ext = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
				applicationId);
		assertNotNull(ext, "application " + applicationId + " is not registered");
		IConfigurationElement application = ext.getConfigurationElements()[0];
		return application.getChildren("run")[0];
	}
}
