// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.benchmarks.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Sheet;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.SolidBuilder;
import dev.partforge.recipes.Units;

/**
 * One drawing ({@link Drafter#draw}) of fixed seeded parts, per level, against two baselines in the
 * same run: generating the recipe and its exact solid alone (the input every drawing starts from),
 * and PDFBox writing one page of as many plain lines as the drawings have entities. Each operation
 * covers the same {@value #PARTS} parts (seeds 1..{@value #PARTS} of the level, millimetres, default
 * options); scores are per part. Besides the wall-clock score, each benchmark reports the CPU time its
 * thread spent per part ({@code cpuMsPerPart}, from {@link ThreadMXBean}), which waiting for a core on a
 * loaded machine does not inflate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DrawingJmh {

	/** Parts per operation: seeds 1..PARTS of the level. */
	static final int PARTS = 10;

	/** The level of the parts. */
	@Param({ "BEGINNER", "INTERMEDIATE", "EXPERT" })
	public Difficulty level;

	/** CPU time of the benchmark thread per part, reported by JMH next to the score. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Cpu {
		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		private long nanos;
		private long parts;
		private long start;

		/** Milliseconds of CPU per part in this iteration (the counter JMH reports). */
		public double cpuMsPerPart;

		/** Starts a new iteration. */
		@Setup(Level.Iteration)
		public void reset() {
			nanos = 0;
			parts = 0;
			cpuMsPerPart = 0;
		}

		void begin() {
			start = THREADS.getCurrentThreadCpuTime();
		}

		void end() {
			nanos += THREADS.getCurrentThreadCpuTime() - start;
			parts += PARTS;
			cpuMsPerPart = nanos / 1e6 / parts;
		}
	}

	private Recipe[] recipes;
	private int[] lines;

	/** Generates the recipes and counts each drawing's entities for the PDFBox baseline. */
	@Setup(Level.Trial)
	public void setUp() {
		recipes = new Recipe[PARTS];
		lines = new int[PARTS];
		for (int i = 0; i < PARTS; i++) {
			recipes[i] = RecipeGenerator.generate(level, i + 1, Units.MM);
			lines[i] = count(Drafter.draw("B-" + i, recipes[i], DrawingOptions.defaults()));
		}
	}

	/**
	 * The measured operation: one drawing per part (B-rep, views, exact hidden lines, dimensions,
	 * sheet), from the recipe.
	 *
	 * @param bh  sink
	 * @param cpu CPU time counter
	 */
	@Benchmark
	@OperationsPerInvocation(PARTS)
	public void draw(Blackhole bh, Cpu cpu) {
		cpu.begin();
		for (int i = 0; i < PARTS; i++) {
			bh.consume(Drafter.draw("B-" + i, recipes[i], DrawingOptions.defaults()));
		}
		cpu.end();
	}

	/**
	 * Baseline: the recipe generated from its seed and its exact solid built, what a drawing starts
	 * from.
	 *
	 * @param bh  sink
	 * @param cpu CPU time counter
	 */
	@Benchmark
	@OperationsPerInvocation(PARTS)
	public void recipeAndSolid(Blackhole bh, Cpu cpu) {
		cpu.begin();
		for (int i = 0; i < PARTS; i++) {
			bh.consume(SolidBuilder.build(RecipeGenerator.generate(level, i + 1, Units.MM)));
		}
		cpu.end();
	}

	/**
	 * Baseline: PDFBox writing one page of as many plain lines as the part's drawing has entities.
	 *
	 * @param bh  sink
	 * @param cpu CPU time counter
	 * @throws IOException never (in-memory)
	 */
	@Benchmark
	@OperationsPerInvocation(PARTS)
	public void pdfPlainLines(Blackhole bh, Cpu cpu) throws IOException {
		cpu.begin();
		for (int i = 0; i < PARTS; i++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (PDDocument doc = new PDDocument()) {
				PDPage page = new PDPage(new PDRectangle(1190.55f, 841.89f));
				doc.addPage(page);
				try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
					for (int k = 0; k < lines[i]; k++) {
						cs.moveTo(10 + k % 1000, 10);
						cs.lineTo(10 + k % 1000, 800);
						cs.stroke();
					}
				}
				doc.save(out);
			}
			bh.consume(out.size());
		}
		cpu.end();
	}

	private static int count(Sheet s) {
		int c = 0;
		for (Entity e : s.entities()) {
			c += e instanceof Entity.Dimension d ? d.graphics().size() : 1;
		}
		return c;
	}
}
