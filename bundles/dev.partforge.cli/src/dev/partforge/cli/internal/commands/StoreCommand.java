// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;
import dev.partforge.store.MigrationReport;
import dev.partforge.store.PartStore;
import dev.partforge.store.RestoreReport;
import dev.partforge.store.StoreInfo;
import dev.partforge.store.VerifyReport;

/** {@code partforge store info|backup|verify|migrate}: maintenance of the store. */
@Component(service = CliCommand.class)
public final class StoreCommand implements CliCommand {

	@Reference
	private PartStore store;

	@Override
	public String name() {
		return "store";
	}

	@Override
	public String summary() {
		return "store info, backup, verify, migrate and restore";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge store info [--json]   schema version, location, size, object counts, last backup
				       partforge store backup          write a compressed backup into <data>/store/backups
				       partforge store verify          read everything and check counts, keys and ids
				       partforge store migrate         migrate an older store to the current schema
				       partforge store restore [BACKUP] replace the database with a backup (default: the newest
				                                       good one); the replaced database is kept aside""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		return SubCommands.of("store")
				.on("info", (c, rest) -> info(c, Args.spec("store info").flags("--json").parse(rest)))
				.on("backup", (c, rest) -> backup(c, Args.spec("store backup").parse(rest)))
				.on("verify", (c, rest) -> verify(c, Args.spec("store verify").parse(rest)))
				.on("migrate", (c, rest) -> migrate(c, Args.spec("store migrate").parse(rest)))
				.on("restore", this::restore)
				.failures(StoreCli::failure).run(context, args);
	}

	private int info(CliContext context, Args a) {
		StoreInfo info = store.info();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("schemaVersion", info.schemaVersion());
		json.put("location", info.location().toString());
		json.put("sizeOnDisk", info.sizeOnDisk());
		json.put("parts", info.parts());
		json.put("records", info.records());
		json.put("preferences", info.preferences());
		json.put("lastBackup", info.lastBackup().map(Object::toString).orElse(null));
		json.put("usableSpace", info.usableSpace());
		json.put("readOnlyCopy", info.fallback().map(f -> f.backup().toString()).orElse(null));
		info.fallback().ifPresent(f -> context.err().println("warning: " + f.message()));
		if (info.lowSpace()) {
			context.err().println("warning: only " + info.usableSpace() / (1024 * 1024) + " MiB are free for the store;"
					+ " free some space before the disk fills up");
		}
		if (a.has("--json")) {
			context.out().println(Json.write(json));
		} else {
			json.forEach((k, v) -> context.out().println(k + ": " + (v == null ? "-" : v)));
		}
		return 0;
	}

	private int backup(CliContext context, Args a) {
		Path file = store.backup();
		context.out().println(file);
		return 0;
	}

	private int verify(CliContext context, Args a) throws CliException {
		VerifyReport report = store.verify();
		context.out().println("parts: " + report.parts() + ", records: " + report.records() + ", preferences: "
				+ report.preferences() + ", checksum: " + report.checksum());
		if (!report.ok()) {
			report.problems().forEach(p -> context.out().println("problem: " + p));
			throw new CliException("store verify: " + report.problems().size() + " problem(s) found; restore a"
					+ " backup (see 'partforge store info')");
		}
		context.out().println("ok");
		return 0;
	}

	private int restore(CliContext context, List<String> rest) throws CliException {
		if (rest.size() > 1 || !rest.isEmpty() && rest.get(0).startsWith("-")) {
			throw CliException.usage("store restore: expected at most one backup file, got " + rest);
		}
		Optional<Path> backup = rest.stream().findFirst().map(Path::of).map(Path::toAbsolutePath);
		RestoreReport report = store.restore(backup);
		context.out().println("restored " + report.backup() + ": " + report.parts() + " parts, " + report.records()
				+ " records" + report.keptAside().map(p -> "; the replaced database is kept in " + p).orElse(""));
		return 0;
	}

	private int migrate(CliContext context, Args a) {
		MigrationReport report = store.migrate();
		if (report.migrated()) {
			context.out().println("migrated from schema v" + report.fromVersion() + " to v" + report.toVersion() + ": "
					+ report.parts() + " parts, " + report.records() + " records, " + report.preferences()
					+ " preferences; backup " + report.backup().map(Path::toString).orElse("-"));
		} else {
			context.out().println("store is at schema v" + report.toVersion() + "; nothing to migrate");
		}
		return 0;
	}
}
