// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

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
		return new Migrator(List.of(new Step1To2(), new Step2To3(), new Step3To4()));
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
			Map<MigrationStep, Snapshot> inputs = new LinkedHashMap<>();
			for (int version = from; version < SchemaHistory.CURRENT_VERSION; version++) {
				MigrationStep step = step(version);
				inputs.put(step, migrated);
				migrated = step.apply(migrated, now);
			}
			try (EmbeddedRepository repository = EmbeddedRepository.open(target)) {
				StoreResources.write(repository, migrated);
			}
			CrashPoints.reached("migration-written");
			Snapshot written;
			try (EmbeddedRepository repository = EmbeddedRepository.open(target)) {
				written = StoreResources.read(repository, SchemaHistory.CURRENT_VERSION);
			}
			verify(old, written, inputs);
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
	 * Compares the migrated data, read back from the new repository, with the old data: the counts and a content
	 * checksum of what the old version has (less what the steps convert on purpose), unique keys, and each step's
	 * own check of what it adds or converts.
	 *
	 * @param old the old objects
	 * @param written the new objects as stored
	 * @param inputs each step applied, with its input
	 */
	static void verify(Snapshot old, Snapshot written, Map<MigrationStep, Snapshot> inputs) {
		List<String> problems = new ArrayList<>();
		List<List<EObject>> before = old.lists(old.version());
		List<List<EObject>> after = written.lists(old.version());
		for (int i = 0; i < before.size(); i++) {
			if (before.get(i).size() != after.get(i).size()) {
				problems.add("counts differ: before " + old.counts() + ", after " + written.counts());
				break;
			}
		}
		Set<String> converted = new HashSet<>();
		inputs.keySet().forEach(step -> converted.addAll(step.converted()));
		EPackage reference = SchemaHistory.load(old.version());
		String sumBefore = new Checksum(reference, converted).of(before);
		String sumAfter = new Checksum(reference, converted).of(after);
		if (!sumBefore.equals(sumAfter)) {
			problems.add("content checksum differs: before " + sumBefore + ", after " + sumAfter);
		}
		for (List<EObject> list : written.keyed()) {
			// keys are unique per kind: a part's key and its PartState's key are both the part id
			Set<String> keys = new HashSet<>();
			for (EObject o : list) {
				String key = ((Stored) o).getKey();
				if (key == null || key.isBlank() || !keys.add(key)) {
					problems.add("missing or duplicate key '" + key + "' on a " + o.eClass().getName());
				}
			}
		}
		inputs.forEach((step, in) -> step.check(in, written, problems));
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
