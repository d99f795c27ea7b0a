// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.store.AttemptStats;
import dev.partforge.store.PartStore;
import dev.partforge.store.Statistics;

/** {@code partforge stats [--json]}: attempts, completions, total and best time per difficulty and per part. */
@Component(service = CliCommand.class)
public final class StatsCommand implements CliCommand {

	@Reference
	private PartStore store;

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String summary() {
		return "attempts, completed, total and best time per difficulty and per part";
	}

	@Override
	public String usage() {
		return "Usage: partforge stats [--json]   (times in JSON are milliseconds)";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("stats").flags("--json").parse(args);
		Statistics stats;
		try {
			stats = store.statistics();
		} catch (RuntimeException e) {
			throw StoreCli.failure("stats", e);
		}
		if (a.has("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("perDifficulty", stats.perDifficulty().stream().map(s -> json("difficulty", s)).toList());
			json.put("perPart", stats.perPart().stream().map(s -> json("partId", s)).toList());
			context.out().println(Json.write(json));
		} else {
			print(context, "difficulty", stats.perDifficulty());
			print(context, "part", stats.perPart());
		}
		return 0;
	}

	private static Map<String, Object> json(String groupName, AttemptStats s) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(groupName, s.group());
		map.put("attempts", s.attempts());
		map.put("completed", s.completed());
		map.put("totalTime", s.totalTime());
		map.put("bestTime", s.bestTime().isPresent() ? s.bestTime().getAsLong() : null);
		return map;
	}

	private static void print(CliContext context, String group, List<AttemptStats> stats) {
		context.out().println(String.format(Locale.ROOT, "%-14s %8s %9s %10s %10s", group, "attempts", "completed",
				"total", "best"));
		for (AttemptStats s : stats) {
			context.out().println(String.format(Locale.ROOT, "%-14s %8d %9d %10s %10s", s.group(), s.attempts(),
					s.completed(), StoreCli.seconds(s.totalTime()),
					s.bestTime().isPresent() ? StoreCli.seconds(s.bestTime().getAsLong()) : "-"));
		}
	}
}
