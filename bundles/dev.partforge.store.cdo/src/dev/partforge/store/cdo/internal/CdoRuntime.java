// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.lang.System.Logger.Level;
import java.util.List;

import org.eclipse.emf.cdo.net4j.CDONet4jUtil;
import org.eclipse.emf.cdo.server.net4j.CDONet4jServerUtil;
import org.eclipse.net4j.Net4jUtil;
import org.eclipse.net4j.jvm.JVMUtil;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.ContainerUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.om.OMPlatform;
import org.eclipse.net4j.util.om.log.OMLogger;

import dev.partforge.model.internal.CdoQuietStart;

/**
 * One-time set-up of the wrapped CDO/Net4j jars, which run without their activators (Net4j's "legacy platform"
 * mode), and creation of private Net4j containers.
 */
final class CdoRuntime {

	private static final System.Logger LOG = System.getLogger(CdoRuntime.class.getName());

	/** The OM classes, one per original CDO/Net4j plug-in. */
	private static final String[] OM_CLASSES = { "org.eclipse.net4j.internal.util.bundle.OM",
			"org.eclipse.internal.net4j.bundle.OM", "org.eclipse.net4j.internal.jvm.bundle.OM",
			"org.eclipse.net4j.internal.tcp.bundle.OM",
			"org.eclipse.net4j.internal.db.bundle.OM", "org.eclipse.net4j.db.internal.h2.bundle.OM",
			"org.eclipse.emf.cdo.internal.common.bundle.OM", "org.eclipse.emf.internal.cdo.bundle.OM",
			"org.eclipse.emf.cdo.internal.net4j.bundle.OM", "org.eclipse.emf.cdo.internal.server.bundle.OM",
			"org.eclipse.emf.cdo.server.internal.db.bundle.OM",
			"org.eclipse.emf.cdo.server.internal.net4j.bundle.OM" };

	static {
		initQuietly();
		// outside OSGi (benchmark, plain unit runs) Net4j probes org.eclipse.core.runtime.Platform: harmless
		OMPlatform.INSTANCE.addLogFilter((logger, level, msg, t) -> t instanceof NoClassDefFoundError
				&& String.valueOf(t.getMessage()).contains("org/eclipse/core/runtime/Platform"));
		OMPlatform.INSTANCE.addLogHandler((logger, level, msg, t) -> LOG.log(map(level),
				"CDO " + logger.getBundle().getBundleID() + ": " + msg, t));
	}

	private CdoRuntime() {
	}

	/**
	 * Creates and activates a Net4j container prepared for an in-process (JVM transport) CDO server and client.
	 *
	 * @return the active container
	 */
	static IManagedContainer newContainer() {
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		JVMUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		CDONet4jServerUtil.prepareContainer(container);
		container.activate();
		return container;
	}

	/**
	 * Creates and activates a Net4j container for a CDO client over TCP (a process using another process's store).
	 *
	 * @return the active container
	 */
	static IManagedContainer newTcpClientContainer() {
		IManagedContainer container = ContainerUtil.createContainer();
		Net4jUtil.prepareContainer(container);
		TCPUtil.prepareContainer(container);
		CDONet4jUtil.prepareContainer(container);
		container.activate();
		return container;
	}

	private static void initQuietly() {
		CdoQuietStart.run(CdoRuntime.class.getClassLoader(), List.of(OM_CLASSES));
	}

	private static Level map(OMLogger.Level level) {
		return switch (level) {
		case ERROR -> Level.ERROR;
		case WARN -> Level.WARNING;
		case INFO -> Level.INFO;
		default -> Level.DEBUG;
		};
	}
}
