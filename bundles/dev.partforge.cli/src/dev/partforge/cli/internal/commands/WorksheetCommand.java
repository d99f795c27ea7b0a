// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.drawing.Sheet;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportFiles;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.export.drawing.DrawingExporter;
import dev.partforge.export.drawing.DrawingSheets;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartFacts;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;

/**
 * {@code partforge worksheet}: a numbered practice set for a class. Generates parts of one level from consecutive
 * seeds, stores them in the library and writes every part in every chosen format, plus a multi-page PDF of the
 * whole set and an answer list. The files appear in the folder only when the whole set is written.
 * <p>
 * Each part is drawn once ({@link DrawingSheets#sheet}) and its sheet handed to every drawing format
 * ({@link DrawingExporter#exportDrawn}) and, renumbered, to the set's PDF. The parts are drawn and written on
 * {@code --jobs} threads (default: the processors available), the files named and listed in the parts' order and
 * byte for byte those of one thread; the library is read and written on the command's own thread only.
 */
@Component(service = CliCommand.class)
public final class WorksheetCommand implements CliCommand {

	/** Most parts in one worksheet. */
	static final int MAX_COUNT = 500;
	/** The multi-page PDF of the whole set (when PDF is among the formats). */
	static final String SET_PDF = "worksheet.pdf";
	/** The list of parts with their answers. */
	static final String ANSWERS = "answers.txt";
	/** Most parts worked on at once. */
	static final int MAX_JOBS = 64;

	@Reference
	private PartStore store;
	@Reference
	private PartLibrary library;
	@Reference
	private ExporterRegistry exporters;

	@Override
	public String name() {
		return "worksheet";
	}

	@Override
	public String summary() {
		return "generate a numbered practice set and write it in several formats";
	}

	@Override
	public String usage() {
		return "Usage: partforge worksheet --difficulty beginner|intermediate|expert --count N [--seed N]\n"
				+ "         --formats FORMAT,FORMAT,... --out DIR [--jobs N]\n         " + ExportOptions.USAGE + "\n" + """
				Generates N parts of one level from the seeds N, N+1, ... (without --seed a random first seed is
				chosen and printed; the same seed always gives the same worksheet), stores them in the library and
				writes DIR/01-<id>.<ext> for every part and format, DIR/worksheet.pdf (cover and one sheet per part)
				when pdf is among the formats, and DIR/answers.txt (volume, area and score of every part).
				The files appear in DIR only when the whole set is written; on an error or Ctrl+C DIR is unchanged.
				--jobs N: draw and write N parts at once (default: the number of processors; 1 to 64); the
				files are the same whatever N.
				Formats: the installed exporters (partforge export --list).""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("worksheet").flags(ExportOptions.FLAGS).options(ExportOptions.OPTIONS)
				.options("--difficulty", "--count", "--seed", "--formats", "--out", "--jobs").parse(args);
		Difficulty difficulty = Args.parseEnum("worksheet: --difficulty", a.required("--difficulty"),
				Difficulty.class);
		int count = count(a);
		long firstSeed = firstSeed(a, count);
		List<ExporterDescriptor> formats = formats(a.required("--formats"));
		int jobs = jobs(a);
		Units units = a.enumValue("--units", Units.class).orElse(Units.MM);
		ExportSettings settings = ExportOptions.settings(store, "worksheet", a).withUnits(units);
		Path out = ExportOptions.path("worksheet", "--out", a.required("--out"));
		boolean setPdf = formats.stream().anyMatch(f -> f.formatId().equals("pdf")) && count > 1;
		try (StagedFolder folder = StagedFolder.open(out)) {
			SubMonitor monitor = SubMonitor.convert(context.monitor(), "Worksheet of " + count + " "
					+ difficulty.name().toLowerCase(Locale.ROOT) + " parts", count * (1 + formats.size()) + 2);
			monitor.subTask("Generating and storing the parts");
			List<StoredPart> generated = library.generateAll(difficulty, firstSeed, count, units);
			monitor.worked(count);
			List<Entry> entries = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				monitor.checkCanceled();
				entries.add(entry(i + 1, numberWidth(count), generated.get(i), formats));
			}
			List<Exporter> writers = new ArrayList<>();
			for (ExporterDescriptor format : formats) {
				writers.add(format.exporter());
			}
			monitor.subTask("Drawing and writing the parts");
			List<Sheet> drawn = ParallelParts.run(count, jobs,
					(i, m) -> writePart(entries.get(i), writers, settings, folder, setPdf, m), monitor, formats.size());
			if (setPdf) {
				List<ExportPart> parts = entries.stream().map(Entry::part).toList();
				ExportFiles.write(setPdf(exporter("pdf").exporter(), drawn), new ExportRequest(parts, settings),
						folder.file(SET_PDF), monitor.split(1, SubMonitor.SUPPRESS_ALL_LABELS));
			}
			Files.writeString(folder.file(ANSWERS), answers(difficulty, firstSeed, entries), StandardCharsets.UTF_8);
			monitor.checkCanceled();
			folder.commit();
			monitor.done();
			report(context, out, firstSeed, count, formats, entries, setPdf);
			return 0;
		} catch (ExportException e) {
			throw new CliException("worksheet: " + e.getMessage() + "; " + out + " was not changed", e);
		} catch (IOException e) {
			throw new CliException("worksheet: cannot write " + out + ": " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			throw new CliException("worksheet: cancelled; " + out + " was not changed");
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), e);
		}
	}

	/** One part of the worksheet: its number, the stored part, what it exports as, its facts and files. */
	private record Entry(int number, StoredPart stored, ExportPart part, PartFacts facts, List<String> files) {
	}

	/** Reads what a part exports as and its facts from the library (on the command's thread) and names its files. */
	private Entry entry(int number, int width, StoredPart stored, List<ExporterDescriptor> formats) {
		String stem = String.format(Locale.ROOT, "%0" + width + "d-%s", number, stored.getId());
		List<String> files = formats.stream().map(f -> stem + "." + f.fileExtension()).toList();
		return new Entry(number, stored, library.exportPart(stored), library.facts(stored), files);
	}

	/**
	 * Writes one part in every format, drawing it once for all drawing formats (any thread: touches no library
	 * object).
	 *
	 * @return its sheet when the set's PDF needs it, else {@code null}
	 */
	private static Sheet writePart(Entry entry, List<Exporter> writers, ExportSettings settings, StagedFolder folder,
			boolean keep, IProgressMonitor monitor) throws ExportException {
		ExportRequest request = ExportRequest.of(entry.part(), settings);
		Sheet sheet = null;
		for (int f = 0; f < writers.size(); f++) {
			Exporter writer = writers.get(f);
			if (writer instanceof DrawingExporter drawing) {
				if (sheet == null) {
					sheet = DrawingSheets.sheet(request, 0, 0);
				}
				writer = drawn(drawing, List.of(sheet));
			}
			ExportFiles.write(writer, request, folder.file(entry.files().get(f)), monitor);
		}
		return keep ? sheet : null;
	}

	/** The set's PDF from the parts' sheets drawn already, or drawn afresh by a PDF exporter that does not draw. */
	private static Exporter setPdf(Exporter pdf, List<Sheet> drawn) {
		return pdf instanceof DrawingExporter drawing && !drawn.contains(null) ? drawn(drawing, drawn) : pdf;
	}

	private static Exporter drawn(DrawingExporter exporter, List<Sheet> sheets) {
		return (request, out, monitor) -> exporter.exportDrawn(request, sheets, out, monitor);
	}

	private static int jobs(Args a) throws CliException {
		long jobs = a.longValue("--jobs").orElse((long) ParallelParts.defaultThreads());
		if (jobs < 1 || jobs > MAX_JOBS) {
			throw CliException.usage("worksheet: --jobs must be between 1 and " + MAX_JOBS + ", got " + jobs);
		}
		return (int) jobs;
	}

	private static int count(Args a) throws CliException {
		long count = a.longValue("--count").orElseThrow(() -> CliException.usage("worksheet: --count is required"));
		if (count < 1 || count > MAX_COUNT) {
			throw CliException.usage("worksheet: --count must be between 1 and " + MAX_COUNT + ", got " + count);
		}
		return (int) count;
	}

	private static long firstSeed(Args a, int count) throws CliException {
		long max = GenerateCommand.MAX_SEED - count + 1;
		if (a.value("--seed").isEmpty()) {
			return ThreadLocalRandom.current().nextLong(1, 1_000_000);
		}
		long seed = a.longValue("--seed").orElseThrow();
		if (seed < 0 || seed > max) {
			throw CliException.usage("worksheet: --seed must be between 0 and " + max + ", got " + seed);
		}
		return seed;
	}

	private List<ExporterDescriptor> formats(String list) throws CliException {
		List<ExporterDescriptor> formats = new ArrayList<>();
		for (String id : list.split(",")) {
			String formatId = id.trim().toLowerCase(Locale.ROOT);
			if (formatId.isEmpty()) {
				continue;
			}
			ExporterDescriptor d = exporters.find(formatId).orElseThrow(() -> CliException.usage("worksheet: unknown"
					+ " format '" + formatId + "' (installed: " + exporters.exporters().stream()
							.map(ExporterDescriptor::formatId).collect(Collectors.joining(", ")) + ")"));
			if (formats.stream().noneMatch(f -> f.formatId().equals(d.formatId()))) {
				formats.add(d);
			}
		}
		if (formats.isEmpty()) {
			throw CliException.usage("worksheet: --formats names no format");
		}
		return formats;
	}

	private ExporterDescriptor exporter(String formatId) throws ExportException {
		return exporters.find(formatId)
				.orElseThrow(() -> new ExportException("the " + formatId + " exporter was uninstalled meanwhile"));
	}

	private static int numberWidth(int count) {
		return Math.max(2, Integer.toString(count).length());
	}

	private static String answers(Difficulty difficulty, long firstSeed, List<Entry> sheets) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "PartForge worksheet: %d %s parts, seeds %d to %d%n", sheets.size(),
				difficulty.name().toLowerCase(Locale.ROOT), firstSeed, firstSeed + sheets.size() - 1));
		text.append(String.format(Locale.ROOT, "%-4s %-12s %-40s %5s %16s %16s%n", "No.", "Id", "Name", "Score",
				"Volume mm³", "Area mm²"));
		for (Entry s : sheets) {
			text.append(String.format(Locale.ROOT, "%-4d %-12s %-40s %5d %16.3f %16.3f%n", s.number(),
					s.stored().getId(), s.stored().getRecipe().getName(), s.facts().difficultyScore(),
					s.facts().volume(), s.facts().area()));
		}
		return text.toString();
	}

	private static void report(CliContext context, Path out, long firstSeed, int count,
			List<ExporterDescriptor> formats, List<Entry> sheets, boolean setPdf) {
		for (Entry s : sheets) {
			context.out().printf(Locale.ROOT, "%2d  %-12s %s%n", s.number(), s.stored().getId(),
					String.join(" ", s.files()));
		}
		context.out().printf(Locale.ROOT, "Wrote a worksheet of %d parts (seeds %d to %d) in %s to %s%s%n", count,
				firstSeed, firstSeed + count - 1,
				formats.stream().map(ExporterDescriptor::formatId).collect(Collectors.joining(", ")), out,
				setPdf ? " (with " + SET_PDF + " and " + ANSWERS + ")" : " (with " + ANSWERS + ")");
	}
}
