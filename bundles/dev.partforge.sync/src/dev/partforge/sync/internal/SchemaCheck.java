// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.util.Collection;
import java.util.OptionalInt;
import java.util.TreeSet;

import dev.partforge.model.SchemaHistory;

/**
 * Refuses a server whose repository holds another PartForge schema version than this PartForge. The version is read
 * from the namespace URIs of the packages the server's repository knows ({@code http://partforge.dev/model/N.0}):
 * that is what a CDO session sees of the server, and what would collide if a client of another version committed.
 */
public final class SchemaCheck {

	private SchemaCheck() {
	}

	/**
	 * Checks the server's packages against a local schema version.
	 *
	 * @param serverNsUris the namespace URIs of the server repository's packages (others than PartForge's are
	 *                     ignored; none at all means a new, empty server, which is accepted)
	 * @param local        this PartForge's schema version
	 * @throws SyncFailure of kind {@link SyncFailure.Kind#SCHEMA} naming both versions and the side to update
	 */
	public static void check(Collection<String> serverNsUris, int local) throws SyncFailure {
		TreeSet<Integer> versions = new TreeSet<>();
		for (String uri : serverNsUris) {
			OptionalInt v = SchemaHistory.versionOf(uri);
			v.ifPresent(versions::add);
		}
		versions.remove(local);
		if (versions.isEmpty()) {
			return;
		}
		int server = versions.last();
		String update = server > local ? "update PartForge on this computer" : "update the server";
		throw new SyncFailure(SyncFailure.Kind.SCHEMA,
				"the server has schema v" + server + ", this PartForge v" + local + ": " + update, null);
	}
}
