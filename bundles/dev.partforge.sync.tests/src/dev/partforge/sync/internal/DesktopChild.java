// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.partforge.model.ModelPackage;
import dev.partforge.store.cdo.internal.CdoPartStore;

/**
 * A desktop in a JVM of its own, without OSGi, so that a scenario test can run two desktops as two processes or kill
 * one with {@code kill -9} in the middle of a cycle ({@code ChildJvm} starts it; the system property
 * {@value PausePoints#PROPERTY} says where it waits to be killed). Runs one cycle on its data directory's store and
 * prints {@code SYNCED <result>}; a failed attempt (another desktop committed the same objects at the same moment) is
 * repeated, as the sync job's retry policy does, up to {@value #ATTEMPTS} times.
 * <p>
 * Usage: {@code DesktopChild DATA_DIRECTORY PORT USER} (the password is {@code USER-pw}).
 */
public final class DesktopChild {

	private static final int ATTEMPTS = 5;

	private DesktopChild() {
	}

	/**
	 * @param args data directory, server port, user
	 * @throws Exception if the cycle fails every time (the test reads the log)
	 */
	public static void main(String[] args) throws Exception {
		ModelPackage.eINSTANCE.eClass(); // outside OSGi no extension registers the package
		Path data = Path.of(args[0]);
		Remote remote = Remote.parse("tcp://127.0.0.1:" + args[1], args[2]);
		CdoPartStore store = new CdoPartStore(data.resolve("store"));
		try {
			for (int attempt = 1;; attempt++) {
				try (ServerSession session = ServerSession.open(remote, (args[2] + "-pw").toCharArray())) {
					Synchronizer.Result result = Synchronizer.of(store, data, session, remote)
							.run(new NullProgressMonitor());
					System.out.println("SYNCED " + result);
					System.out.flush();
					return;
				} catch (SyncFailure e) {
					if (attempt == ATTEMPTS) {
						throw e;
					}
					System.err.println("attempt " + attempt + " failed, repeating: " + e.getMessage());
					Thread.sleep(100L * attempt);
				}
			}
		} finally {
			store.close();
		}
	}
}
