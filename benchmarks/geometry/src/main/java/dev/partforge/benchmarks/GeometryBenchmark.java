// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.partforge.export.step.internal.StepOptions;
import dev.partforge.export.step.internal.StepPart;
import dev.partforge.export.step.internal.StepWriter;
import dev.partforge.geometry.Solid;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;

/**
 * Times generate + solid + STEP file for N parts (levels in turn, seeds 0..N-1, mm) after a warm-up,
 * then OpenCASCADE's stepread + stepwrite of the same files in one DRAW session (the peer).
 * Prints per-part p50/p95 in milliseconds. Usage: GeometryBenchmark N SCRIPTS_DIR.
 */
public final class GeometryBenchmark {

	private GeometryBenchmark() {
	}

	/**
	 * @param args number of parts, and the folder holding check-step.sh (informational)
	 * @throws Exception when writing or running OpenCASCADE fails
	 */
	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		Path dir = Files.createTempDirectory("pf-bench");
		for (int i = 0; i < 300; i++) {
			part(i, dir.resolve("warmup.step"));
		}
		long[] ours = new long[n];
		long[] gen = new long[n];
		long[] solid = new long[n];
		long[] step = new long[n];
		List<Path> files = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < n; i++) {
			Path f = dir.resolve("part-" + i + ".step");
			long[] t = part(i, f);
			gen[i] = t[0];
			solid[i] = t[1];
			step[i] = t[2];
			ours[i] = t[0] + t[1] + t[2];
			files.add(f);
			bytes += Files.size(f);
		}
		System.out.printf(Locale.ROOT, "PartForge, %d parts (%s), mean file %.1f kB%n", n, System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version"), bytes / 1024.0 / n);
		report("  generate", gen);
		report("  solid", solid);
		report("  STEP write", step);
		report("  total generate+solid+STEP", ours);
		occt(files, dir);
		try (var walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static long[] part(int i, Path f) throws IOException {
		Difficulty d = Difficulty.values()[i % 3];
		long t0 = System.nanoTime();
		Recipe r = RecipeGenerator.generate(d, i, Units.MM);
		long t1 = System.nanoTime();
		Solid s = SolidBuilder.build(r);
		long t2 = System.nanoTime();
		try (OutputStream o = Files.newOutputStream(f)) {
			StepWriter.write(List.of(new StepPart(s, "PF-" + d + "-" + i, r.name(), "seed=" + i)), StepOptions.defaults(f.getFileName().toString()), o);
		}
		long t3 = System.nanoTime();
		return new long[] { t1 - t0, t2 - t1, t3 - t2 };
	}

	/** OCCT in sessions of 50 files; "newmodel" resets the XSTEP session before each file (without it, times grow per file). */
	private static void occt(List<Path> files, Path dir) throws IOException, InterruptedException {
		String libs = System.getProperty("java.io.tmpdir") + "/partforge-occt-links";
		List<String> lines = new ArrayList<>();
		long wall = 0;
		for (int from = 0; from < files.size(); from += 50) {
			Path tcl = dir.resolve("peer.tcl");
			Path times = dir.resolve("peer-times.txt");
			Files.deleteIfExists(times);
			StringBuilder b = new StringBuilder("pload MODELING DATAEXCHANGE\nset out [open {" + times + "} w]\n");
			for (Path f : files.subList(from, Math.min(files.size(), from + 50))) {
				b.append("newmodel\nset t0 [clock microseconds]\ntestreadstep {").append(f).append("} s\nset t1 [clock microseconds]\nstepwrite a s {")
						.append(dir.resolve("occt.step")).append("}\nset t2 [clock microseconds]\nputs $out \"[expr {$t1-$t0}] [expr {$t2-$t1}]\"\n");
			}
			b.append("close $out\nexit\n");
			Files.writeString(tcl, b.toString());
			ProcessBuilder pb = new ProcessBuilder("occt-draw", "-b", "-f", tcl.toString()).redirectErrorStream(true)
					.redirectOutput(dir.resolve("peer.log").toFile());
			pb.environment().put("LD_LIBRARY_PATH", libs);
			pb.environment().remove("DISPLAY");
			long start = System.nanoTime();
			int rc = pb.start().waitFor();
			wall += System.nanoTime() - start;
			List<String> got = Files.exists(times) ? Files.readAllLines(times, StandardCharsets.UTF_8) : List.of();
			if (rc != 0 || got.size() != Math.min(50, files.size() - from)) {
				System.out.println("OpenCASCADE peer failed (rc=" + rc + ", files from " + from
						+ "; run scripts/check-step.sh once to create the library links in " + libs + ")");
				return;
			}
			lines.addAll(got);
		}
		long[] read = new long[lines.size()];
		long[] write = new long[lines.size()];
		long[] both = new long[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			String[] p = lines.get(i).trim().split(" ");
			read[i] = Long.parseLong(p[0]) * 1000;
			write[i] = Long.parseLong(p[1]) * 1000;
			both[i] = read[i] + write[i];
		}
		System.out.printf(Locale.ROOT, "OpenCASCADE 7.6 DRAW peer, same files, %d sessions of 50 (wall %.1f s incl. start-up)%n",
				(files.size() + 49) / 50, wall / 1e9);
		report("  stepread (testreadstep)", read);
		report("  stepwrite", write);
		report("  total read+write", both);
	}

	private static void report(String what, long[] ns) {
		long[] s = ns.clone();
		Arrays.sort(s);
		double mean = Arrays.stream(s).average().orElse(0);
		System.out.printf(Locale.ROOT, "%-32s p50 %8.3f ms   p95 %8.3f ms   mean %8.3f ms%n", what, s[s.length / 2] / 1e6,
				s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, mean / 1e6);
	}
}
