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

import org.eclipse.emf.cdo.CDOState;
import org.eclipse.emf.cdo.eresource.CDOResource;
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
 */
final class Outbox {

	private Outbox() {
	}

	/**
	 * Queues a change in the transaction that makes it. The first entry of a transaction write-locks the outbox
	 * before adding to it, so that writers in several processes take turns instead of failing on each other's commit.
	 *
	 * @param store the open store
	 * @param tx the transaction
	 * @param kind what changed
	 * @param businessKey the part id or the record uuid
	 * @param now the time of the change
	 * @throws Exception if the lock is not granted
	 */
	static void add(OpenStore store, CDOTransaction tx, OutboxKind kind, String businessKey, Date now)
			throws Exception {
		CDOResource outbox = tx.getOrCreateResource(StoreResources.OUTBOX);
		if (outbox.cdoState() == CDOState.CLEAN) {
			store.lockForUpdate(tx, List.of(outbox));
		}
		OutboxEntry entry = ModelFactory.eINSTANCE.createOutboxEntry();
		entry.setKey(UUID.randomUUID().toString());
		entry.setKind(kind);
		entry.setBusinessKey(businessKey);
		entry.setCreated(now);
		entry.setModified(now);
		outbox.getContents().add(entry);
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
