// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import dev.partforge.model.ModelPackage;
import dev.partforge.store.cdo.internal.CdoPartStore;

/**
 * A desktop's sync cycle in a JVM of its own, without OSGi, so that a scenario test can kill it with {@code kill -9}
 * in the middle ({@code ChildJvm} starts it). Prints {@code SYNCING} when the session is open and {@code DONE} after
 * the cycle.
 * <p>
 * Usage: {@code SyncChild DATA_DIR PORT USER} (password {@code USER-pw}).
 */
public final class SyncChild {

	private SyncChild() {
	}

	/**
	 * @param args data directory, server port, user
	 */
	public static void main(String[] args) {
		try {
			run(args);
		} catch (Exception | Error e) {
			e.printStackTrace(); // to the log file the test reads; CDO's threads would keep the JVM alive
			Runtime.getRuntime().halt(3);
		}
	}

	private static void run(String[] args) throws Exception {
		ModelPackage.eINSTANCE.eClass(); // outside OSGi no extension registers the package
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Path data = Path.of(args[0]);
		CdoPartStore store = new CdoPartStore(data.resolve("store"));
		Remote remote = new Remote("127.0.0.1", Integer.parseInt(args[1]), args[2]);
		try (ServerSession session = ServerSession.open(remote, (args[2] + "-pw").toCharArray())) {
			System.out.println("SYNCING");
			System.out.flush();
			Synchronizer.of(store, data, session, remote.user()).run(new NullProgressMonitor());
		}
		System.out.println("DONE");
		System.out.flush();
		Runtime.getRuntime().halt(0);
	}
}
