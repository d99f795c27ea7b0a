// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Random;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.store.PreferenceValue;
import dev.partforge.store.testing.TestParts;

/**
 * The store in a JVM of its own, without OSGi, for crash tests ({@code dev.partforge.tests.common.ChildJvm} starts
 * it). It writes records, preferences and backups through {@link CdoPartStore} until it is killed, and prints one
 * {@code ACK} line on standard output after each operation returned: exactly what a user sees acknowledged.
 * <p>
 * Usage: {@code StoreChild STORE_DIR write|backup|migrate|untracked SEED}: {@code write} and {@code backup} start the
 * sync outbox first, {@code untracked} writes records without it. {@code migrate} opens (and so migrates) the store
 * first and acknowledges that with {@code ACK opened PARTS RECORDS}.
 */
public final class StoreChild {

	/** The part every record of a child belongs to. */
	static final String PART = "K-1";

	private StoreChild() {
	}

	/**
	 * @param args store directory, mode, seed
	 */
	public static void main(String[] args) {
		try {
			run(args);
		} catch (RuntimeException | Error e) {
			e.printStackTrace(); // to the log file the test reads; CDO's threads would keep the JVM alive
			Runtime.getRuntime().halt(3);
		}
	}

	private static void run(String[] args) {
		Path root = Path.of(args[0]);
		String mode = args[1];
		Random random = new Random(Long.parseLong(args[2]));
		PrintStream out = System.out;
		ModelPackage.eINSTANCE.eClass(); // outside OSGi no extension registers the package
		CdoPartStore store = new CdoPartStore(root);
		if ("write".equals(mode) || "backup".equals(mode)) {
			store.trackChanges(); // a library that synchronises: each change with its outbox entry
		}
		if ("migrate".equals(mode)) {
			var info = store.info();
			out.println("ACK opened " + info.parts() + " " + info.records());
			out.flush();
		}
		if (store.getPart(PART).isEmpty()) {
			store.putPart(TestParts.part(PART, Difficulty.BEGINNER));
			out.println("ACK part " + PART);
			out.flush();
		}
		for (int i = 0;; i++) {
			long time = 1 + random.nextInt(1_000_000);
			long id = store.addRecord(TestParts.record(PART, time, false, null));
			out.println("ACK record " + id + " " + time);
			out.flush();
			if (i % 4 == 3) {
				String name = "crash." + random.nextInt(1_000_000);
				double value = random.nextInt(1000);
				store.putPreference(name, new PreferenceValue.Number(value));
				out.println("ACK pref " + name + " " + value);
				out.flush();
			}
			if ("backup".equals(mode) && i % 3 == 1) {
				Path backup = store.backup();
				out.println("ACK backup " + backup);
				out.flush();
			}
		}
	}
}
