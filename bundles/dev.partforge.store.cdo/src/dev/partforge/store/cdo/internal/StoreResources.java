// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The CDO resources of a store and bulk reading and writing of their contents. Records live in bucket resources of
 * {@value #BUCKET} records each ({@code /records-<id / BUCKET>}): every commit copies the changed resource's
 * content list, so one resource for all records made batch commits slower as the store grew (measured: the second
 * 100,000 records took twice as long as the first). Stores of schema v1/v2 kept all records in {@value #RECORDS}.
 */
final class StoreResources {

	static final String PARTS = "/parts";
	static final String RECORDS = "/records";
	static final String PREFERENCES = "/preferences";
	/** The local user's {@code PartState}s (since v4). */
	static final String STATES = "/state";
	/** The sync outbox (since v4). */
	static final String OUTBOX = "/sync/outbox";
	/** The sync bookkeeping, one {@code SyncState} at most (since v4). */
	static final String SYNC = "/sync/state";

	/** Records per bucket resource. */
	static final long BUCKET = 10_000;

	/** Objects per transaction in batch writes. */
	static final int CHUNK = 500;

	private StoreResources() {
	}

	/**
	 * Creates the resources if missing.
	 *
	 * @param repository the repository
	 * @throws CommitException if the commit fails
	 */
	static void ensure(EmbeddedRepository repository) throws CommitException {
		CDOTransaction tx = repository.session().openTransaction();
		try {
			for (String path : List.of(PARTS, PREFERENCES)) {
				tx.getOrCreateResource(path);
			}
			if (tx.isDirty()) {
				tx.commit();
			}
		} finally {
			tx.close();
		}
	}

	/**
	 * Reads all objects as detached copies.
	 *
	 * @param repository the repository
	 * @param version the schema version of its package
	 * @return the snapshot
	 */
	static Snapshot read(EmbeddedRepository repository, int version) {
		CDOView view = repository.session().openView();
		try {
			view.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(1000));
			return new Snapshot(version, copy(view, PARTS), copyRecords(view), copy(view, PREFERENCES), copy(view, STATES),
					copy(view, OUTBOX), copy(view, SYNC));
		} finally {
			view.close();
		}
	}

	/**
	 * @param id a record id
	 * @return the path of the bucket resource holding it
	 */
	static String bucket(long id) {
		return RECORDS + "-" + id / BUCKET;
	}

	/** Copies the records of all buckets (and of the single v1/v2 resource), ordered by id. */
	private static List<EObject> copyRecords(CDOView view) {
		List<EObject> records = new ArrayList<>();
		for (EObject node : view.getRootResource().getContents()) {
			if (node instanceof CDOResource resource && (resource.getName().equals(RECORDS.substring(1))
					|| resource.getName().startsWith(RECORDS.substring(1) + "-"))) {
				records.addAll(EcoreUtil.copyAll(resource.getContents()));
			}
		}
		records.sort(Comparator.comparingLong(StoreResources::recordId));
		return records;
	}

	private static long recordId(EObject record) {
		return ((Number) record.eGet(record.eClass().getEStructuralFeature("id"))).longValue();
	}

	private static List<EObject> copy(CDOView view, String path) {
		if (!view.hasResource(path)) {
			return List.of();
		}
		return new ArrayList<>(EcoreUtil.copyAll(view.getResource(path).getContents()));
	}

	/**
	 * Appends objects to a resource, one commit per {@link #CHUNK} objects.
	 *
	 * @param repository the repository
	 * @param path the resource path
	 * @param objects detached objects, added as they are (not copied)
	 * @throws CommitException if a commit fails
	 */
	static void append(EmbeddedRepository repository, String path, List<? extends EObject> objects)
			throws CommitException {
		CDOTransaction tx = repository.session().openTransaction();
		try {
			CDOResource resource = tx.getOrCreateResource(path);
			for (int from = 0; from < objects.size(); from += CHUNK) {
				resource.getContents().addAll(objects.subList(from, Math.min(objects.size(), from + CHUNK)));
				tx.commit();
			}
		} finally {
			tx.close();
		}
	}

	/**
	 * Writes a whole snapshot into an empty repository.
	 *
	 * @param repository the repository
	 * @param snapshot the objects, which become attached to the repository
	 * @throws CommitException if a commit fails
	 */
	static void write(EmbeddedRepository repository, Snapshot snapshot) throws CommitException {
		ensure(repository);
		append(repository, PARTS, snapshot.parts());
		Map<String, List<EObject>> buckets = new TreeMap<>();
		for (EObject record : snapshot.records()) {
			buckets.computeIfAbsent(bucket(recordId(record)), k -> new ArrayList<>()).add(record);
		}
		for (Map.Entry<String, List<EObject>> bucket : buckets.entrySet()) {
			append(repository, bucket.getKey(), bucket.getValue());
		}
		append(repository, PREFERENCES, snapshot.preferences());
		for (Map.Entry<String, List<EObject>> other : Map.of(STATES, snapshot.states(), OUTBOX, snapshot.outbox(), SYNC,
				snapshot.sync()).entrySet()) {
			if (!other.getValue().isEmpty()) {
				append(repository, other.getKey(), other.getValue());
			}
		}
	}
}
