// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.eresource.CDOResourceFolder;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;

/**
 * The sync outbox (resource {@value StoreResources#OUTBOX}, since schema v4): one {@link OutboxEntry} per local change
 * a team server must learn, added in the transaction of the change. An entry names the change (kind and business
 * key), not its content: the synchronisation sends the current state of the key, so several entries of one key cost
 * one delivery. Entries keep the order they were added in.
 * <p>
 * The outbox exists once the library synchronises ({@link #start}); before, nothing is queued (an entry costs about
 * as much disk as a record), and the first synchronisation compares everything instead. Whether it exists is decided,
 * for a writer, under the root resource's write lock: {@link #start} takes it too and creates the resource (or its
 * {@code /sync} folder) under it, so a writer in any process either commits before the outbox exists (and the first
 * synchronisation, which starts after it, reads its change) or sees the outbox and queues its change.
 */
final class Outbox {

	/** Transaction property: whether the outbox was looked for in the transaction and found (Boolean). */
	private static final String CHECKED = Outbox.class.getName() + ".found";

	private Outbox() {
	}

	/**
	 * Queues a change in the transaction that makes it, when the library synchronises. The first entry of a
	 * transaction takes the root resource's write lock, then the outbox's (so that writers in several processes take
	 * turns instead of failing on each other's commit).
	 *
	 * @param store the open store
	 * @param tx the transaction
	 * @param kind what changed
	 * @param businessKey the part id or the record uuid
	 * @param now the time of the change
	 * @throws Exception if a lock is not granted
	 */
	static void add(OpenStore store, CDOTransaction tx, OutboxKind kind, String businessKey, Date now)
			throws Exception {
		Object found = tx.properties().get(CHECKED);
		if (found == null) {
			found = open(store, tx) != null;
			tx.properties().put(CHECKED, found);
		}
		if (!(Boolean) found) {
			return;
		}
		CDOResource outbox = tx.getResource(StoreResources.OUTBOX);
		OutboxEntry entry = ModelFactory.eINSTANCE.createOutboxEntry();
		entry.setKey(UUID.randomUUID().toString());
		entry.setKind(kind);
		entry.setBusinessKey(businessKey);
		entry.setCreated(now);
		entry.setModified(now);
		outbox.getContents().add(entry);
	}

	/**
	 * Looks for the outbox under the root resource's write lock (and, when the {@code /sync} folder exists, its write
	 * lock: the updates of every commit that changed them have arrived then) and write-locks it.
	 *
	 * @return the outbox, or null when the library does not synchronise
	 */
	private static CDOResource open(OpenStore store, CDOTransaction tx) throws Exception {
		store.lockRoot(tx);
		CDOResourceFolder folder = folder(tx);
		if (folder == null) {
			return null;
		}
		store.lockForUpdate(tx, List.of(folder));
		if (!tx.hasResource(StoreResources.OUTBOX)) {
			return null;
		}
		CDOResource outbox = tx.getResource(StoreResources.OUTBOX);
		store.lockForUpdate(tx, List.of(outbox));
		return outbox;
	}

	/** @return the outbox's folder, or null while it does not exist */
	private static CDOResourceFolder folder(CDOTransaction tx) {
		String name = StoreResources.OUTBOX.substring(1, StoreResources.OUTBOX.lastIndexOf('/'));
		for (EObject node : tx.getRootResource().getContents()) {
			if (node instanceof CDOResourceFolder f && name.equals(f.getName())) {
				return f;
			}
		}
		return null;
	}

	/**
	 * Creates the outbox if it does not exist, under the locks {@link #add} takes.
	 *
	 * @param store the open store
	 * @param tx the transaction (committed by the caller)
	 * @return true when it was created
	 * @throws Exception if a lock is not granted
	 */
	static boolean start(OpenStore store, CDOTransaction tx) throws Exception {
		if (open(store, tx) != null) {
			return false;
		}
		tx.getOrCreateResource(StoreResources.OUTBOX);
		return true;
	}

	/**
	 * @param view a view
	 * @param limit at most this many
	 * @return detached copies of the oldest entries
	 */
	static List<OutboxEntry> list(CDOView view, int limit) {
		List<OutboxEntry> entries = new ArrayList<>();
		if (!view.hasResource(StoreResources.OUTBOX)) {
			return entries;
		}
		for (EObject o : view.getResource(StoreResources.OUTBOX).getContents()) {
			if (entries.size() >= limit) {
				break;
			}
			entries.add((OutboxEntry) EcoreUtil.copy(o));
		}
		return entries;
	}

	/**
	 * @param view a view
	 * @return the number of entries
	 */
	static long size(CDOView view) {
		return view.hasResource(StoreResources.OUTBOX) ? view.getResource(StoreResources.OUTBOX).getContents().size()
				: 0;
	}

	/**
	 * Removes entries. Removing every entry is one clear of the outbox (removing entries one by one from its front
	 * costs a shift of all the entries behind each one).
	 *
	 * @param store the open store
	 * @param tx the transaction
	 * @param keys the entries' keys
	 * @return how many were removed
	 * @throws Exception if the lock is not granted
	 */
	static int remove(OpenStore store, CDOTransaction tx, Collection<String> keys) throws Exception {
		if (keys.isEmpty() || !tx.hasResource(StoreResources.OUTBOX)) {
			return 0;
		}
		Set<String> wanted = new HashSet<>(keys);
		CDOResource outbox = tx.getResource(StoreResources.OUTBOX);
		store.lockForUpdate(tx, List.of(outbox));
		int before = outbox.getContents().size();
		if (outbox.getContents().stream().allMatch(o -> wanted.contains(((OutboxEntry) o).getKey()))) {
			outbox.getContents().clear();
			return before;
		}
		outbox.getContents().removeIf(o -> wanted.contains(((OutboxEntry) o).getKey()));
		return before - outbox.getContents().size();
	}
}
