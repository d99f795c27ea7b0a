// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import org.postgresql.ds.PGSimpleDataSource;

import dev.partforge.model.ModelPackage;
import dev.partforge.server.internal.Role;
import dev.partforge.server.internal.TeamServer;

/**
 * The team server in a JVM of its own, without OSGi, so that a scenario test can kill it with {@code kill -9}
 * ({@code ChildJvm} starts it). Prints {@code LISTENING <port>} once it accepts sessions.
 * <p>
 * Usage: {@code TeamServerChild JDBC_URL DB_USER DB_PASSWORD PORT USER...} (each USER gets the password
 * {@code USER-pw}).
 */
public final class TeamServerChild {

	private TeamServerChild() {
	}

	/**
	 * @param args database URL, user and password, port, users to add
	 * @throws Exception if the server does not start (the test reads the log)
	 */
	public static void main(String[] args) throws Exception {
		ModelPackage.eINSTANCE.eClass(); // outside OSGi no extension registers the package
		PGSimpleDataSource database = new PGSimpleDataSource();
		database.setURL(args[0]);
		database.setUser(args[1]);
		database.setPassword(args[2]);
		TeamServer server = TeamServer.start(database, "127.0.0.1", Integer.parseInt(args[3]));
		for (int i = 4; i < args.length; i++) {
			try {
				server.users().add(args[i], (args[i] + "-pw").toCharArray(), Role.STUDENT);
			} catch (IllegalArgumentException taken) {
				// restarted: the user exists
			}
		}
		System.out.println("LISTENING " + server.address().getPort());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
