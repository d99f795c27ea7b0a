// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.UserRecord;
import dev.partforge.store.PartStore;
import dev.partforge.store.RecordQuery;

/** {@code partforge records add|list}: attempt records. */
@Component(service = CliCommand.class)
public final class RecordsCommand implements CliCommand {

	private static final String USAGE = """
			Usage: partforge records add --part ID --time SECONDS [--completed] [--json]
			       partforge records list [--part ID] [--json]
			SECONDS is a decimal number from 0 to 604800 (7 days), e.g. 95 or 95.5.""";

	@Reference
	private PartStore store;

	@Override
	public String name() {
		return "records";
	}

	@Override
	public String summary() {
		return "add and list attempt records (time spent on a part)";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		return SubCommands.of("records")
				.on("add", (c, rest) -> add(c, Args.spec("records add").options("--part", "--time")
						.flags("--completed", "--json").parse(rest)))
				.on("list", (c, rest) -> list(c,
						Args.spec("records list").options("--part").flags("--json").parse(rest)))
				.failures(StoreCli::failure).run(context, args);
	}

	private int add(CliContext context, Args a) throws CliException {
		a.required("--part");
		String part = a.text("--part", Limits.ID).orElseThrow();
		a.required("--time");
		double seconds = a.doubleValue("--time", 0, Limits.TIME_SECONDS).orElseThrow();
		UserRecord record = ModelFactory.eINSTANCE.createUserRecord();
		record.setPartId(part);
		record.setTimeSpent(Math.round(seconds * 1000));
		record.setCompleted(a.has("--completed"));
		long id = store.addRecord(record);
		if (a.has("--json")) {
			UserRecord stored = store.listRecords(RecordQuery.forPart(part)).stream().filter(r -> r.getId() == id)
					.findFirst().orElseThrow();
			context.out().println(Json.write(StoreCli.json(stored)));
		} else {
			context.out().println(id);
		}
		return 0;
	}

	private int list(CliContext context, Args a) throws CliException {
		List<UserRecord> records = store
				.listRecords(a.text("--part", Limits.ID).map(RecordQuery::forPart).orElse(RecordQuery.ALL));
		if (a.has("--json")) {
			context.out().println(Json.write(records.stream().map(StoreCli::json).toList()));
		} else {
			for (UserRecord r : records) {
				context.out().println(String.format(Locale.ROOT, "%6d  %-12s %-12s %8s %-9s %s", r.getId(),
						r.getPartId(), r.getDifficulty().getName().toLowerCase(Locale.ROOT),
						StoreCli.seconds(r.getTimeSpent()), r.isCompleted() ? "completed" : "-",
						r.getDate().toInstant()));
			}
		}
		return 0;
	}
}
