// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.partforge.model.SchemaHistory;

/** v1 → v2: parts get bookmarks; every migrated part starts unbookmarked. */
final class Step1To2 implements MigrationStep {

	@Override
	public int fromVersion() {
		return 1;
	}

	@Override
	public Snapshot apply(Snapshot in, Instant now) {
		ModelCopier copier = new ModelCopier(SchemaHistory.load(2));
		List<EObject> parts = copier.copyAll(in.parts());
		parts.forEach(p -> p.eSet(p.eClass().getEStructuralFeature("bookmarked"), Boolean.FALSE));
		return new Snapshot(2, parts, copier.copyAll(in.records()), copier.copyAll(in.preferences()));
	}
}
