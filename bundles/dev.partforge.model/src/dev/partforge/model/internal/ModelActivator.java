// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Starts the model bundle: initialises CDO's OM classes quietly before the first model object is created. */
public final class ModelActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		CdoQuietStart.run(ModelActivator.class.getClassLoader(), CdoQuietStart.MODEL_OM_CLASSES);
	}

	@Override
	public void stop(BundleContext context) {
		// nothing to release
	}
}
