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

import dev.partforge.model.ModelPackage;
import dev.partforge.model.Preference;
import dev.partforge.model.StoredPart;
import dev.partforge.model.UserRecord;

/**
 * v2 → v3: time tracking and sync keys. A part's timeSpent becomes the sum of its records' times and its key its id;
 * records get a random UUID (uuid = key, so that two machines never share one) and their date as creation and
 * modification time; preferences get a random key; modified defaults to created, or to the migration time.
 */
final class Step2To3 implements MigrationStep {

	@Override
	public int fromVersion() {
		return 2;
	}

	@Override
	public Snapshot apply(Snapshot in, Instant now) {
		ModelCopier copier = new ModelCopier(ModelPackage.eINSTANCE);
		Date migrated = Date.from(now);
		List<EObject> records = copier.copyAll(in.records());
		Map<String, Long> timeByPart = new HashMap<>();
		for (EObject o : records) {
			UserRecord record = (UserRecord) o;
			String uuid = UUID.randomUUID().toString();
			record.setUuid(uuid);
			record.setKey(uuid);
			record.setCreated(record.getDate() == null ? migrated : record.getDate());
			record.setModified(record.getCreated());
			timeByPart.merge(String.valueOf(record.getPartId()), record.getTimeSpent(), Long::sum);
		}
		List<EObject> parts = copier.copyAll(in.parts());
		for (EObject o : parts) {
			StoredPart part = (StoredPart) o;
			part.setKey(part.getId());
			part.setTimeSpent(timeByPart.getOrDefault(part.getId(), 0L));
			part.setModified(part.getCreated() == null ? migrated : part.getCreated());
		}
		List<EObject> preferences = copier.copyAll(in.preferences());
		for (EObject o : preferences) {
			Preference preference = (Preference) o;
			preference.setKey(UUID.randomUUID().toString());
			preference.setCreated(migrated);
			preference.setModified(migrated);
		}
		return new Snapshot(3, parts, records, preferences);
	}
}
