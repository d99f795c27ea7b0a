// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.export.ExportException;
import dev.partforge.export.ExportFiles;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.ExportSettings;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;
import dev.partforge.metrics.Metrics;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;

/**
 * {@code partforge export}: writes one part, or a practice set, with any installed exporter. Settings start from
 * the stored export preferences; options override them for this run.
 */
@Component(service = CliCommand.class)
public final class ExportCommand implements CliCommand {

	private final PartStore store;
	private final PartLibrary library;
	private final ExporterRegistry exporters;

	@Reference
	private Metrics metrics;

	/**
	 * Creates the command.
	 *
	 * @param store     the store the parts come from
	 * @param library   turns stored parts into export parts
	 * @param exporters the installed exporters
	 */
	@Activate
	public ExportCommand(@Reference PartStore store, @Reference PartLibrary library,
			@Reference ExporterRegistry exporters) {
		this.store = store;
		this.library = library;
		this.exporters = exporters;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export a part or a practice set (PDF, DXF, SVG drawing; STEP solid; ...)";
	}

	@Override
	public String usage() {
		return "Usage: partforge export (--part ID | --set ID,ID,...) --format FORMAT --out FILE\n         "
				+ ExportOptions.USAGE + "\n" + """
				Formats: the installed exporters (partforge export --list). A set gives a multi-page PDF or a STEP
				assembly. The file is replaced only when the export succeeds.
				       partforge export --list [--json]""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("export").flags(ExportOptions.FLAGS).flags("--list", "--json")
				.options(ExportOptions.OPTIONS).options("--part", "--set", "--format", "--out").parse(args);
		if (a.has("--list")) {
			return list(context, a.has("--json"));
		}
		String formatId = a.required("--format");
		ExporterDescriptor descriptor = exporters.find(formatId).orElseThrow(() -> CliException.usage(
				"export: unknown format '" + formatId + "' (installed: " + installed() + ")"));
		Path out = ExportOptions.path("export", "--out", a.required("--out"));
		ExportSettings settings = ExportOptions.settings(store, "export", a);
		List<ExportPart> parts = parts(a);
		settings = settings.withUnits(DrawingDefaults.units(a.enumValue("--units", Units.class),
				parts.stream().map(p -> p.recipe().units()).toList(), settings.units())); // a part's own units win
		ExportRequest request = new ExportRequest(parts, settings);
		try {
			Path written = metrics.time("export." + descriptor.formatId(),
					() -> ExportFiles.write(descriptor.exporter(), request, out, context.monitor()));
			context.out().printf(Locale.ROOT, "Wrote %s (%s, %d part%s, %d bytes)%n", written, descriptor.label(),
					parts.size(), parts.size() == 1 ? "" : "s", Files.size(written));
			return 0;
		} catch (ExportException e) {
			throw new CliException("export: " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			throw new CliException("export: cancelled; " + out + " was not changed");
		} catch (IOException e) {
			throw new CliException("export: cannot read back " + out + ": " + e.getMessage(), e);
		}
	}

	private int list(CliContext context, boolean json) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ExporterDescriptor d : exporters.exporters()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("formatId", d.formatId());
			row.put("label", d.label());
			row.put("fileExtension", d.fileExtension());
			row.put("contributor", d.contributor());
			rows.add(row);
			if (!json) {
				context.out().printf(Locale.ROOT, "%-6s *.%-5s %s (%s)%n", d.formatId(), d.fileExtension(), d.label(),
						d.contributor());
			}
		}
		if (json) {
			context.out().println(Json.write(rows));
		}
		return 0;
	}

	private String installed() {
		return exporters.exporters().stream().map(ExporterDescriptor::formatId).collect(Collectors.joining(", "));
	}

	private List<ExportPart> parts(Args a) throws CliException {
		List<String> ids;
		if (a.value("--part").isPresent() == a.value("--set").isPresent()) {
			throw CliException.usage("export: give either --part ID or --set ID,ID,...");
		}
		ids = a.value("--part").map(List::of).orElseGet(() -> Arrays.stream(a.value("--set").get().split(","))
				.map(String::trim).filter(s -> !s.isEmpty()).toList());
		if (ids.isEmpty()) {
			throw CliException.usage("export: --set names no part");
		}
		List<ExportPart> parts = new ArrayList<>();
		for (String id : ids) {
			Args.checkText("export: part id", id, Limits.ID);
			StoredPart part;
			try {
				part = store.getPart(id).orElseThrow(() -> new CliException("export: no part with id '" + id
						+ "' (see partforge parts list)"));
			} catch (StoreException e) {
				throw new CliException(e.getMessage(), e);
			}
			try {
				parts.add(library.exportPart(part));
			} catch (InvalidRecipeException e) {
				throw new CliException("export: part " + id + " has an invalid recipe: " + e.getMessage(), e);
			}
		}
		return parts;
	}
}
