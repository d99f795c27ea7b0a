// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.benchmarks.drawing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import dev.partforge.drawing.Drafter;
import dev.partforge.drawing.DrawingOptions;
import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.dxf.DxfDrawingWriter;
import dev.partforge.export.pdf.PdfDrawingWriter;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;

/**
 * One run over N parts (default 1000, seeds 1..N/3 per level): per part, time the drawing (views,
 * hidden lines, dimensions, sheet), the PDF and the DXF, each separately, and report p50/p95 per
 * part. Floors: PDFBox writing one page per part with the same number of plain lines as the drawing
 * has entities (no text, no layout), and a dump of every part's entities (target/entities.txt) that
 * floor-ezdxf.py writes with ezdxf. Usage: mvn -q compile exec:java [-Dexec.args="1000"].
 */
public final class DrawingBenchmark {

	private DrawingBenchmark() {
	}

	/**
	 * @param args optional part count
	 * @throws IOException when writing fails
	 */
	public static void main(String[] args) throws IOException {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		List<Recipe> recipes = new ArrayList<>();
		for (int i = 0; recipes.size() < n; i++) {
			recipes.add(RecipeGenerator.generate(Difficulty.values()[i % 3], 1 + i / 3, Units.MM));
		}
		for (int i = 0; i < 60; i++) {
			run(recipes.get(i), new long[4], i);
		}
		long[][] t = new long[4][n];
		long[] lines = new long[n];
		Path dir = Path.of("target");
		Files.createDirectories(dir);
		try (Writer dump = Files.newBufferedWriter(dir.resolve("entities.txt"))) {
			for (int i = 0; i < n; i++) {
				long[] r = new long[4];
				Sheet s = run(recipes.get(i), r, i);
				for (int k = 0; k < 4; k++) {
					t[k][i] = r[k];
				}
				lines[i] = count(s);
				dump(dump, s);
			}
		}
		long[] floor = new long[n];
		for (int i = 0; i < n; i++) {
			floor[i] = plainPdf((int) lines[i]);
		}
		System.out.printf(Locale.ROOT, "parts: %d, entities per sheet p50 %d%n", n, p(lines, 50));
		report("drawing (views, hidden lines, dimensions, sheet)", t[0]);
		report("PDF (PDFBox, vector, text)", t[1]);
		report("DXF (own writer, DIMENSION entities)", t[2]);
		report("total drawing + PDF + DXF", t[3]);
		report("floor: PDFBox page of as many plain lines", floor);
	}

	private static Sheet run(Recipe r, long[] out, int i) throws IOException {
		long t0 = System.nanoTime();
		Sheet s = Drafter.draw("B-" + i, r, DrawingOptions.defaults());
		long t1 = System.nanoTime();
		PdfDrawingWriter.write(List.of(s), null, r.name(), "bench", new ByteArrayOutputStream());
		long t2 = System.nanoTime();
		DxfDrawingWriter.write(List.of(s), DxfDrawingWriter.metadata("B-" + i, Long.toString(r.seed()), r.difficulty().name(), r.name()),
				new ByteArrayOutputStream());
		long t3 = System.nanoTime();
		out[0] = t1 - t0;
		out[1] = t2 - t1;
		out[2] = t3 - t2;
		out[3] = t3 - t0;
		return s;
	}

	private static long count(Sheet s) {
		long c = 0;
		for (Entity e : s.entities()) {
			c += e instanceof Entity.Dimension d ? d.graphics().size() : 1;
		}
		return c;
	}

	private static long plainPdf(int lines) throws IOException {
		long t0 = System.nanoTime();
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(new PDRectangle(1190.55f, 841.89f));
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				for (int i = 0; i < lines; i++) {
					cs.moveTo(10 + i % 1000, 10);
					cs.lineTo(10 + i % 1000, 800);
					cs.stroke();
				}
			}
			doc.save(new ByteArrayOutputStream());
		}
		return System.nanoTime() - t0;
	}

	/** One line per entity, one "PART" line per sheet: what floor-ezdxf.py writes with ezdxf. */
	private static void dump(Writer w, Sheet s) throws IOException {
		w.write("PART " + s.partId() + "\n");
		for (Entity e : s.entities()) {
			List<Entity> all = e instanceof Entity.Dimension d ? d.graphics() : List.of(e);
			for (Entity g : all) {
				switch (g) {
				case Entity.Line l -> w.write(String.format(Locale.ROOT, "L %s %.4f %.4f %.4f %.4f%n", l.layer(), l.x1(), l.y1(), l.x2(), l.y2()));
				case Entity.Arc a -> w.write(String.format(Locale.ROOT, "A %s %.4f %.4f %.4f %.4f %.4f%n", a.layer(), a.cx(), a.cy(), a.r(),
						a.startDeg(), a.startDeg() + a.sweepDeg()));
				case Entity.Text t -> w.write(String.format(Locale.ROOT, "T %s %.4f %.4f %.4f %s%n", t.layer(), t.x(), t.y(), t.height(),
						t.text()));
				case Entity.Polygon p -> w.write(String.format(Locale.ROOT, "S %s %s%n", p.layer(),
						String.join(" ", Arrays.stream(p.points()).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).toList())));
				default -> {
					// dimensions were expanded above
				}
				}
			}
		}
	}

	private static long p(long[] v, int pct) {
		long[] s = v.clone();
		Arrays.sort(s);
		return s[Math.min(s.length - 1, (int) Math.ceil(pct / 100.0 * s.length) - 1)];
	}

	private static void report(String what, long[] ns) {
		System.out.printf(Locale.ROOT, "%-50s p50 %8.2f ms   p95 %8.2f ms%n", what, p(ns, 50) / 1e6, p(ns, 95) / 1e6);
	}
}
