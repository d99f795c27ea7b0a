// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.cli.CliContext;
import dev.partforge.cli.internal.CommandRegistry;
import dev.partforge.cli.internal.Dispatcher;
import dev.partforge.export.drawing.DrawingSheets;

/** {@code worksheet} through the real dispatcher, store and the PDF, DXF, SVG and STEP exporters. */
class WorksheetCommandTest {

	private static final String[] FILES = { "01-I-700.dxf", "01-I-700.pdf", "01-I-700.step", "02-I-701.dxf",
			"02-I-701.pdf", "02-I-701.step", "03-I-702.dxf", "03-I-702.pdf", "03-I-702.step", "answers.txt",
			"worksheet.pdf" };

	@TempDir
	Path dir;

	@Test
	void writesEveryPartInEveryFormatWithASetPdfAndAnswers() throws IOException {
		Path out = dir.resolve("class-7");
		CliRun r = worksheet(out, "700");
		assertEquals(0, r.exitCode(), r.err());
		assertArrayEquals(FILES, names(out));
		try (PDDocument set = Loader.loadPDF(out.resolve("worksheet.pdf").toFile());
				PDDocument one = Loader.loadPDF(out.resolve("02-I-701.pdf").toFile())) {
			assertEquals(4, set.getNumberOfPages(), "cover + one sheet per part");
			assertEquals(1, one.getNumberOfPages());
		}
		assertTrue(Files.readString(out.resolve("03-I-702.dxf"), StandardCharsets.UTF_8).contains("AC1027"));
		assertTrue(Files.readString(out.resolve("01-I-700.step"), StandardCharsets.US_ASCII)
				.contains("PRODUCT('I-700'"));
		String answers = Files.readString(out.resolve("answers.txt"), StandardCharsets.UTF_8);
		assertTrue(answers.contains("seeds 700 to 702") && answers.contains("I-701"), answers);
		assertTrue(CliRun.run(dir, "parts", "get", "I-702").out().contains("I-702"), "parts are in the library");
	}

	/**
	 * Issue 15: a practice set honours the chosen paper. Expert parts of these seeds were drawn on A3 and A2 with A4
	 * chosen (their dimensions did not fit A4 at any scale); now every page of every PDF, the set's and each part's,
	 * is A4 (read back by PDFBox), in millimetres and in inches.
	 */
	@Test
	void aChosenA4IsKeptForEveryPartOfAnExpertSet() throws IOException {
		for (String[] run : new String[][] { { "mm", "16838" }, { "inch", "40595" } }) {
			Path out = dir.resolve("a4-" + run[0]);
			CliRun r = CliRun.run(dir, "worksheet", "--difficulty", "expert", "--count", "4", "--seed", run[1], "--units", run[0],
					"--formats", "pdf", "--paper", "a4", "--out", out.toString());
			assertEquals(0, r.exitCode(), r.err());
			String[] files = names(out);
			assertEquals(6, files.length, String.join(", ", files));
			int pages = 0;
			for (String f : files) {
				if (!f.endsWith(".pdf")) {
					continue;
				}
				try (PDDocument pdf = Loader.loadPDF(out.resolve(f).toFile())) {
					for (PDPage page : pdf.getPages()) {
						PDRectangle box = page.getMediaBox();
						assertEquals(210, box.getWidth() * 25.4 / 72, 0.5, f + " page width (mm)");
						assertEquals(297, box.getHeight() * 25.4 / 72, 0.5, f + " page height (mm)");
						pages++;
					}
				}
			}
			assertEquals(4 + 5, pages, "4 part sheets and the set's cover and 4 sheets");
		}
	}

	@Test
	void theSameSeedGivesTheSameWorksheet() throws IOException {
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		assertEquals(0, worksheet(a, "700").exitCode());
		assertEquals(0, worksheet(b, "700").exitCode());
		assertArrayEquals(names(a), names(b));
		assertEquals(Files.readString(a.resolve("answers.txt")), Files.readString(b.resolve("answers.txt")));
		assertEquals(Files.readString(a.resolve("02-I-701.dxf")), Files.readString(b.resolve("02-I-701.dxf")));
	}

	@Test
	void aBadOutputFolderIsOneLineAndWritesNothing() throws IOException {
		Path file = Files.writeString(dir.resolve("not-a-folder"), "keep me");
		CliRun r = worksheet(file, "700");
		assertEquals(1, r.exitCode(), r.err());
		assertEquals(1, r.err().lines().count(), r.err());
		assertTrue(r.err().contains("not a folder"), r.err());
		assertEquals("keep me", Files.readString(file));
		r = worksheet(dir.resolve("missing/sub"), "700");
		assertEquals(1, r.exitCode(), r.err());
		assertEquals(1, r.err().lines().count(), r.err());
		assertArrayEquals(new String[] { "not-a-folder" }, names(dir), "no staging folder left behind");
	}

	@Test
	void badArgumentsAreUsageErrorsBeforeAnyWork() throws IOException {
		for (List<String> extra : List.of(List.of("--formats", "pdf,obj", "--count", "2"),
				List.of("--formats", "pdf", "--count", "0"), List.of("--formats", "pdf", "--count", "501"),
				List.of("--formats", ",", "--count", "2"))) {
			String[] argv = Stream.concat(Stream.of("worksheet", "--difficulty", "expert", "--seed", "9", "--out",
					dir.resolve("w").toString()), extra.stream()).toArray(String[]::new);
			CliRun r = CliRun.run(dir, argv);
			assertEquals(2, r.exitCode(), extra + ": " + r.err());
			assertTrue(r.err().startsWith("partforge: worksheet: "), r.err());
		}
		assertFalse(Files.exists(dir.resolve("w")));
	}

	@Test
	void cancellingLeavesTheFolderAsItWas() throws IOException {
		Path out = Files.createDirectories(dir.resolve("existing"));
		Files.writeString(out.resolve("01-I-700.pdf"), "an older sheet");
		CancellingMonitor monitor = new CancellingMonitor(5);
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code;
		try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
				CommandRegistry registry = new CommandRegistry(
						FrameworkUtil.getBundle(WorksheetCommandTest.class).getBundleContext())) {
			code = new Dispatcher(registry::commands).run(List.of("worksheet", "--difficulty", "intermediate",
					"--count", "3", "--seed", "700", "--formats", "pdf,dxf,step", "--out", out.toString()),
					new CliContext(o, e, monitor, dir));
		}
		String message = err.toString(StandardCharsets.UTF_8);
		assertTrue(monitor.isCanceled(), "the run reached the cancellation point");
		assertEquals(1, code, message);
		assertTrue(message.contains("cancelled"), message);
		assertArrayEquals(new String[] { "01-I-700.pdf" }, names(out), "nothing added, no staging left");
		assertEquals("an older sheet", Files.readString(out.resolve("01-I-700.pdf")));
	}

	/**
	 * Issue 13: each part is drawn once for its PDF, DXF and SVG and the set's PDF (counted draws), and the files are
	 * those the export command writes drawing each part afresh per format (read back: DXF, SVG, STEP byte for byte,
	 * PDF page for page by PDFBox, only the creation time differing).
	 */
	@Test
	void drawsEachPartOnceAndWritesWhatTheExportCommandWrites() throws IOException {
		Path out = dir.resolve("once");
		long before = DrawingSheets.drawn();
		CliRun r = CliRun.run(dir, "worksheet", "--difficulty", "intermediate", "--count", "3", "--seed", "700",
				"--formats", "pdf,dxf,svg,step", "--out", out.toString());
		assertEquals(0, r.exitCode(), r.err());
		assertEquals(3, DrawingSheets.drawn() - before, "one drawing per part for 3 drawing formats and the set PDF");
		Path single = dir.resolve("single");
		Files.createDirectories(single);
		for (String ext : List.of("pdf", "dxf", "svg", "step")) {
			for (String id : List.of("I-700", "I-701", "I-702")) {
				Path file = single.resolve(id + "." + ext);
				CliRun e = CliRun.run(dir, "export", "--part", id, "--format", ext, "--out", file.toString());
				assertEquals(0, e.exitCode(), e.err());
				Path written = out.resolve(String.format("%02d-%s.%s", Integer.parseInt(id.substring(2)) - 699, id, ext));
				assertSameFile(file, written);
			}
		}
		Path set = single.resolve("set.pdf");
		CliRun e = CliRun.run(dir, "export", "--set", "I-700,I-701,I-702", "--format", "pdf", "--out", set.toString());
		assertEquals(0, e.exitCode(), e.err());
		assertSameFile(set, out.resolve("worksheet.pdf"));
	}

	/** Issue 13: parts drawn and written on 4 threads give the files of one thread, in the same order. */
	@Test
	void partsWrittenInParallelAreTheFilesOfOneThread() throws IOException {
		Path one = dir.resolve("one");
		Path four = dir.resolve("four");
		for (Path out : List.of(one, four)) {
			CliRun r = CliRun.run(dir, "worksheet", "--difficulty", "intermediate", "--count", "6", "--seed", "900",
					"--formats", "pdf,dxf,svg,step", "--out", out.toString(), "--jobs", out == one ? "1" : "4");
			assertEquals(0, r.exitCode(), r.err());
			assertTrue(r.out().lines().findFirst().orElse("").contains("01-I-900.pdf"), r.out());
		}
		assertArrayEquals(names(one), names(four));
		assertEquals(6 * 4 + 2, names(one).length);
		for (String name : names(one)) {
			assertSameFile(one.resolve(name), four.resolve(name));
		}
		CliRun bad = CliRun.run(dir, "worksheet", "--difficulty", "beginner", "--count", "2", "--formats", "svg",
				"--out", dir.resolve("j").toString(), "--jobs", "0");
		assertEquals(2, bad.exitCode(), bad.err());
		assertTrue(bad.err().contains("--jobs must be between 1 and 64"), bad.err());
	}

	/** The same file: byte for byte, a PDF page for page (content streams, sizes, resources) and document fields. */
	private static void assertSameFile(Path expected, Path actual) throws IOException {
		if (!expected.toString().endsWith(".pdf")) {
			assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), actual.toString());
			return;
		}
		assertEquals(pdf(expected), pdf(actual), actual.toString());
	}

	private static List<String> pdf(Path file) throws IOException {
		List<String> content = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(file.toFile())) {
			content.add(doc.getDocumentInformation().getTitle() + " | " + doc.getDocumentInformation().getAuthor()
					+ " | " + doc.getDocumentInformation().getCreator());
			for (PDPage page : doc.getPages()) {
				content.add(page.getMediaBox().toString());
				List<String> fonts = new ArrayList<>();
				page.getResources().getFontNames().forEach(n -> fonts.add(n.getName()));
				content.add(fonts.toString());
				try (InputStream in = page.getContents()) {
					content.add(HexFormat.of().formatHex(in.readAllBytes()));
				}
			}
		}
		return content;
	}

	private CliRun worksheet(Path out, String seed) {
		return CliRun.run(dir, "worksheet", "--difficulty", "intermediate", "--count", "3", "--seed", seed,
				"--formats", "pdf,dxf,step", "--out", out.toString());
	}

	private static String[] names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
		}
	}

	/** A monitor whose user presses Ctrl+C after some units of work. */
	private static final class CancellingMonitor extends NullProgressMonitor {
		private int remaining;

		CancellingMonitor(int units) {
			this.remaining = units;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			remaining -= (int) Math.ceil(work);
			if (remaining <= 0) {
				setCanceled(true);
			}
		}
	}
}
