// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import dev.partforge.model.SchemaHistory;

/**
 * v2 → v3: time tracking and sync keys. A part's timeSpent becomes the sum of its records' times and its key its id;
 * records get a random UUID (uuid = key, so that two machines never share one) and their date as creation and
 * modification time; preferences get a random key; modified defaults to created, or to the migration time. Writes
 * objects of the v3 package ({@code model/history/partforge-v3.ecore}), reflectively: the generated classes are of the
 * current version.
 */
final class Step2To3 implements MigrationStep {

	@Override
	public int fromVersion() {
		return 2;
	}

	@Override
	public Snapshot apply(Snapshot in, Instant now) {
		ModelCopier copier = new ModelCopier(SchemaHistory.load(3));
		Date migrated = Date.from(now);
		List<EObject> records = copier.copyAll(in.records());
		Map<String, Long> timeByPart = new HashMap<>();
		for (EObject record : records) {
			String uuid = UUID.randomUUID().toString();
			set(record, "uuid", uuid);
			set(record, "key", uuid);
			Date date = (Date) get(record, "date");
			set(record, "created", date == null ? migrated : date);
			set(record, "modified", get(record, "created"));
			timeByPart.merge(String.valueOf(get(record, "partId")), (Long) get(record, "timeSpent"), Long::sum);
		}
		List<EObject> parts = copier.copyAll(in.parts());
		for (EObject part : parts) {
			String id = (String) get(part, "id");
			set(part, "key", id);
			set(part, "timeSpent", timeByPart.getOrDefault(id, 0L));
			set(part, "modified", get(part, "created") == null ? migrated : get(part, "created"));
		}
		List<EObject> preferences = copier.copyAll(in.preferences());
		for (EObject preference : preferences) {
			set(preference, "key", UUID.randomUUID().toString());
			set(preference, "created", migrated);
			set(preference, "modified", migrated);
		}
		return new Snapshot(3, parts, records, preferences);
	}

	private static Object get(EObject o, String feature) {
		return o.eGet(o.eClass().getEStructuralFeature(feature));
	}

	private static void set(EObject o, String feature, Object value) {
		o.eSet(o.eClass().getEStructuralFeature(feature), value);
	}
}
