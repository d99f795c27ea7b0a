// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.model.ModelFactory;
import dev.partforge.model.PartState;
import dev.partforge.model.StoredPart;

/**
 * The local user's {@link PartState}s (resource {@value StoreResources#STATES}, since schema v4). Since v4 a part's
 * {@code bookmarked} and {@code lastViewed} are caches of its state: every write of a part updates the state in the
 * same transaction when they differ, so that sync (which works on the states) never misses a bookmark. A part that is
 * neither bookmarked nor viewed has no state.
 */
final class PartStates {

	private PartStates() {
	}

	/**
	 * Finds the states of parts.
	 *
	 * @param store the open store
	 * @param on the view or transaction
	 * @param partIds part ids
	 * @return the states found, by part id
	 * @throws SQLException if the table check fails
	 */
	static Map<String, PartState> find(OpenStore store, CDOView on, List<String> partIds) throws SQLException {
		Map<String, PartState> found = new HashMap<>();
		for (PartState state : store.queryIn(on, Tables.STATE, "PARTID", partIds, PartState.class)) {
			found.put(state.getPartId(), state);
		}
		return found;
	}

	/**
	 * Finds stored parts by id.
	 *
	 * @param store the open store
	 * @param on the view or transaction
	 * @param partIds part ids
	 * @return the parts found, by id
	 * @throws SQLException if the table check fails
	 */
	static Map<String, StoredPart> parts(OpenStore store, CDOView on, List<String> partIds) throws SQLException {
		Map<String, StoredPart> found = new HashMap<>();
		for (StoredPart part : store.queryIn(on, Tables.PART, "ID", partIds, StoredPart.class)) {
			found.put(part.getId(), part);
		}
		return found;
	}

	/**
	 * Makes a part's state hold the part's bookmark and last view, creating it if needed.
	 *
	 * @param tx the transaction storing the part
	 * @param existing the part's current state, or null
	 * @param part the part as stored
	 * @param now the commit time
	 * @return whether the state changed
	 */
	static boolean mirror(CDOTransaction tx, PartState existing, StoredPart part, Date now) {
		if (existing == null) {
			if (!part.isBookmarked() && part.getLastViewed() == null) {
				return false;
			}
			PartState state = ModelFactory.eINSTANCE.createPartState();
			state.setKey(part.getId());
			state.setPartId(part.getId());
			state.setCreated(now);
			set(state, part, now);
			tx.getOrCreateResource(StoreResources.STATES).getContents().add(state);
			return true;
		} else if (existing.isBookmarked() != part.isBookmarked()
				|| !Objects.equals(existing.getLastViewed(), part.getLastViewed())) {
			set(existing, part, now);
			return true;
		}
		return false;
	}

	private static void set(PartState state, StoredPart part, Date now) {
		state.setBookmarked(part.isBookmarked());
		state.setLastViewed(part.getLastViewed());
		state.setModified(now);
	}

	/**
	 * Removes the state of a deleted part.
	 *
	 * @param store the open store
	 * @param tx the transaction deleting the part
	 * @param partId the part id
	 * @throws SQLException if the table check fails
	 */
	static void remove(OpenStore store, CDOTransaction tx, String partId) throws SQLException {
		PartState state = find(store, tx, List.of(partId)).get(partId);
		if (state != null) {
			EcoreUtil.remove(state);
		}
	}
}
