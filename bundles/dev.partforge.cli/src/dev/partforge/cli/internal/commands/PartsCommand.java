// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;
import dev.partforge.model.Difficulty;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;

/** {@code partforge parts add|list|get|bookmark|unbookmark|delete}: the stored parts. */
@Component(service = CliCommand.class)
public final class PartsCommand implements CliCommand {

	private static final String USAGE = """
			Usage: partforge parts add --name NAME --difficulty LEVEL [--seed N] [--json]
			         (generates the part from its seeded recipe, like generate, under the given name)
			       partforge parts list [--bookmarked] [--completed] [--difficulty LEVEL] [--json]
			       partforge parts get ID [--json]
			       partforge parts bookmark ID | unbookmark ID | delete ID
			LEVEL is beginner, intermediate or expert; NAME has at most 200 characters, N is 0 to 2^53-1.""";

	@Reference
	private PartStore store;

	@Reference
	private PartLibrary library;

	@Override
	public String name() {
		return "parts";
	}

	@Override
	public String summary() {
		return "add, list, show, bookmark and delete stored parts";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		return SubCommands.of("parts")
				.on("add", (c, rest) -> add(c, Args.spec("parts add").options("--name", "--difficulty", "--seed")
						.flags("--json").parse(rest)))
				.on("list", (c, rest) -> list(c, Args.spec("parts list")
						.flags("--bookmarked", "--completed", "--json").options("--difficulty").parse(rest)))
				.on("get", (c, rest) -> get(c, Args.spec("parts get").flags("--json").positionals(1).parse(rest)))
				.on("bookmark",
						(c, rest) -> bookmark(c, "bookmark", Args.spec("parts bookmark").positionals(1).parse(rest)))
				.on("unbookmark",
						(c, rest) -> bookmark(c, "unbookmark", Args.spec("parts unbookmark").positionals(1).parse(rest)))
				.on("delete", (c, rest) -> delete(c, Args.spec("parts delete").positionals(1).parse(rest)))
				.failures(StoreCli::failure).run(context, args);
	}

	private int add(CliContext context, Args a) throws CliException {
		a.required("--name");
		String name = a.text("--name", Limits.NAME).orElseThrow();
		if (name.isBlank()) {
			throw CliException.usage("parts add: --name must not be blank");
		}
		dev.partforge.recipes.Difficulty difficulty = Args.parseEnum("parts add: --difficulty",
				a.required("--difficulty"), dev.partforge.recipes.Difficulty.class);
		OptionalLong seed = OptionalLong.empty();
		if (a.value("--seed").isPresent()) {
			long s = a.longValue("--seed").orElseThrow();
			if (s < 0 || s > GenerateCommand.MAX_SEED) {
				throw CliException.usage("parts add: --seed must be between 0 and " + GenerateCommand.MAX_SEED);
			}
			seed = OptionalLong.of(s);
		}
		StoredPart stored = library.generate(difficulty, seed, Units.MM, Optional.of(name.strip()));
		context.out().println(a.has("--json") ? Json.write(StoreCli.json(stored)) : stored.getId());
		return 0;
	}

	private int list(CliContext context, Args a) throws CliException {
		PartQuery query = PartQuery.ALL;
		if (a.has("--bookmarked")) {
			query = query.withBookmarked(true);
		}
		if (a.has("--completed")) {
			query = query.withCompleted(true);
		}
		if (a.value("--difficulty").isPresent()) {
			query = query.withDifficulty(Args.parseEnum("parts list: --difficulty", a.value("--difficulty").get(),
					Difficulty.class));
		}
		List<StoredPart> parts = store.listParts(query);
		StoreCli.warnIfReadOnlyCopy(context, store);
		if (a.has("--json")) {
			context.out().println(Json.write(parts.stream().map(StoreCli::json).toList()));
		} else {
			for (StoredPart p : parts) {
				context.out().println(String.format(Locale.ROOT, "%-12s %-12s %-3s %-3s %8s  %s", p.getId(),
						p.getRecipe() == null ? "-" : p.getRecipe().getDifficulty().getName().toLowerCase(Locale.ROOT),
						p.isBookmarked() ? "*" : "-", p.isCompleted() ? "ok" : "-", StoreCli.seconds(p.getTimeSpent()),
						p.getRecipe() == null ? "" : p.getRecipe().getName()));
			}
		}
		return 0;
	}

	private StoredPart existing(String command, String id) throws CliException {
		Args.checkText(command + ": ID", id, Limits.ID);
		return store.getPart(id).orElseThrow(() -> new CliException(command + ": no part with id '" + id + "'"));
	}

	private int get(CliContext context, Args a) throws CliException {
		StoredPart part = existing("parts get", a.positional(0, "ID"));
		if (a.has("--json")) {
			context.out().println(Json.write(StoreCli.json(part)));
		} else {
			StoreCli.json(part).forEach((k, v) -> context.out().println(k + ": " + v));
		}
		return 0;
	}

	private int bookmark(CliContext context, String sub, Args a) throws CliException {
		StoredPart part = existing("parts " + sub, a.positional(0, "ID"));
		part.setBookmarked("bookmark".equals(sub));
		store.putPart(part);
		context.out().println(part.getId() + (part.isBookmarked() ? " bookmarked" : " unbookmarked"));
		return 0;
	}

	private int delete(CliContext context, Args a) throws CliException {
		String id = Args.checkText("parts delete: ID", a.positional(0, "ID"), Limits.ID);
		if (!store.deletePart(id)) {
			throw new CliException("parts delete: no part with id '" + id + "'");
		}
		context.out().println(id + " deleted");
		return 0;
	}
}
