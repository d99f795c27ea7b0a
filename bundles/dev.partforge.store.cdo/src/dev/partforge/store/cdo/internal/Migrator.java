// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.partforge.model.SchemaHistory;
import dev.partforge.model.Stored;
import dev.partforge.store.MigrationException;
import dev.partforge.store.MigrationReport;

/**
 * Migrates a store database to the current schema: (1) back up the old repository, (2) read its objects, (3) apply one
 * {@link MigrationStep} per version, (4) write them into a new repository, reopen it and verify counts and the content
 * checksum against the old data, and only then (5) switch directories through a journaled {@link DatabaseSwap}. On a
 * failure before the swap the new repository is deleted and the old database stays where it was; a swap once started is completed, if need be by the next open.
 */
final class Migrator {

	private final List<MigrationStep> steps;

	/**
	 * @param steps one step per version, from the oldest supported version up to the current one
	 */
	Migrator(List<MigrationStep> steps) {
		this.steps = List.copyOf(steps);
	}

	/** @return the migrator with the product's steps */
	static Migrator standard() {
		return new Migrator(List.of(new Step1To2(), new Step2To3()));
	}

	/**
	 * Migrates the database of a layout.
	 *
	 * @param layout the store layout
	 * @param from the stored version, older than the current one
	 * @return the report
	 * @throws MigrationException on any failure, with the old data untouched
	 */
	MigrationReport migrate(StoreLayout layout, int from) {
		Instant now = Instant.now();
		Path backup = null;
		Path target = layout.migrating(now);
		try {
			Snapshot old;
			try (EmbeddedRepository repository = EmbeddedRepository.open(layout.db())) {
				backup = Backups.write(repository, layout, from);
				old = StoreResources.read(repository, from);
			}
			Snapshot migrated = old;
			for (int version = from; version < SchemaHistory.CURRENT_VERSION; version++) {
				migrated = step(version).apply(migrated, now);
			}
			try (EmbeddedRepository repository = EmbeddedRepository.open(target)) {
				StoreResources.write(repository, migrated);
			}
			Snapshot written;
			try (EmbeddedRepository repository = EmbeddedRepository.open(target)) {
				written = StoreResources.read(repository, SchemaHistory.CURRENT_VERSION);
			}
			verify(old, written);
			CrashPoints.reached("migration-verified");
			DatabaseSwap.swap(layout, target, layout.previous(from, now));
			return new MigrationReport(from, SchemaHistory.CURRENT_VERSION, Optional.of(backup), written.parts().size(),
					written.records().size(), written.preferences().size());
		} catch (Exception | LinkageError e) {
			if (!Files.exists(layout.journal())) {
				deleteQuietly(target, e); // else the swap started: the next open completes it
			}
			throw new MigrationException("Migrating the store from schema v" + from + " to v"
					+ SchemaHistory.CURRENT_VERSION + " failed: " + e.getMessage() + ". The old data is untouched in "
					+ layout.db() + (backup == null ? "" : "; a backup was written to " + backup)
					+ ". Report this problem; PartForge cannot open the store until the migration succeeds.", e);
		}
	}

	private MigrationStep step(int version) {
		return steps.stream().filter(s -> s.fromVersion() == version).findFirst()
				.orElseThrow(() -> new MigrationException("No migration step from schema v" + version, null));
	}

	/**
	 * Compares the migrated data, read back from the new repository, with the old data.
	 *
	 * @param old the old objects
	 * @param written the new objects as stored
	 */
	static void verify(Snapshot old, Snapshot written) {
		List<String> problems = new ArrayList<>();
		if (old.parts().size() != written.parts().size() || old.records().size() != written.records().size()
				|| old.preferences().size() != written.preferences().size()) {
			problems.add("counts differ: before " + old.counts() + ", after " + written.counts());
		}
		String before = new Checksum(SchemaHistory.load(old.version())).of(old);
		String after = new Checksum(SchemaHistory.load(old.version())).of(written);
		if (!before.equals(after)) {
			problems.add("content checksum differs: before " + before + ", after " + after);
		}
		Set<String> keys = new HashSet<>();
		for (List<EObject> list : List.of(written.parts(), written.records(), written.preferences())) {
			for (EObject o : list) {
				String key = ((Stored) o).getKey();
				if (key == null || key.isBlank() || !keys.add(key)) {
					problems.add("missing or duplicate key '" + key + "' on a " + o.eClass().getName());
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new MigrationException("verification failed: " + String.join("; ", problems), null);
		}
	}

	private static void deleteQuietly(Path dir, Throwable reason) {
		try {
			StoreLayout.deleteTree(dir);
		} catch (IOException e) {
			reason.addSuppressed(e);
		}
	}
}
