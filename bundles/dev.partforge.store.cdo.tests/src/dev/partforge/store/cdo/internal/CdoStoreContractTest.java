// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import dev.partforge.store.PartStore;
import dev.partforge.store.testing.StoreContractTest;

/** The store contract on the CDO store, each test on a fresh H2 file database. */
public final class CdoStoreContractTest extends StoreContractTest {

	private final Map<PartStore, Path> directories = new IdentityHashMap<>();

	@Override
	protected PartStore createStore() throws Exception {
		Path dir = TempStores.newDirectory("contract");
		CdoPartStore store = new CdoPartStore(dir);
		directories.put(store, dir);
		return store;
	}

	@Override
	protected PartStore reopen(PartStore current) throws Exception {
		((CdoPartStore) current).close();
		Path dir = directories.remove(current);
		CdoPartStore store = new CdoPartStore(dir);
		directories.put(store, dir);
		return store;
	}

	@Override
	protected void dispose(PartStore current) throws Exception {
		((CdoPartStore) current).close();
		TempStores.delete(directories.remove(current));
	}
}
