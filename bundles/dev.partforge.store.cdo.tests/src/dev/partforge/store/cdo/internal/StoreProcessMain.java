// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EPackage;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.store.PartQuery;
import dev.partforge.store.RecordQuery;
import dev.partforge.store.testing.TestParts;

/**
 * A separate PartForge store process for {@link MultiProcessTest} (plain JVM, no OSGi): opens the store in the
 * directory given as argument and runs one command per line of standard input, answering one line each on standard
 * output; every store change is printed as {@code changed <KIND>}.
 */
public final class StoreProcessMain {

	private StoreProcessMain() {
	}

	/**
	 * @param args the store directory
	 * @throws Exception if reading standard input fails
	 */
	public static void main(String[] args) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		// inside OSGi the model bundle's plugin.xml registers its package; in a plain JVM, initialise it
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		CdoPartStore store = new CdoPartStore(Path.of(args[0]));
		store.addListener(change -> out.println("changed " + change.kind()));
		out.println("ready " + store.sharing() + " pid " + ProcessHandle.current().pid());
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String[] w = line.trim().split(" ");
			try {
				switch (w[0]) {
				case "part" -> {
					store.putPart(TestParts.part(w[1], Difficulty.BEGINNER));
					out.println("ok part " + w[1]);
				}
				case "record" -> out.println("ok record "
						+ store.addRecord(TestParts.record(w[1], Long.parseLong(w[2]), false, Instant.now())));
				case "count" -> out.println("count parts " + store.listParts(PartQuery.ALL).size() + " records "
						+ store.listRecords(RecordQuery.ALL).stream().map(r -> Long.toString(r.getId())).sorted()
								.collect(Collectors.joining(",")));
				case "role" -> out.println("role " + store.sharing());
				case "conflicts" -> out.println("conflicts " + store.conflicts());
				case "quit" -> {
					store.close();
					out.println("bye");
					return;
				}
				default -> out.println("error unknown command " + w[0]);
				}
			} catch (RuntimeException e) {
				out.println("error " + e.getClass().getSimpleName() + ": " + e.getMessage());
			}
		}
		store.close();
	}
}
