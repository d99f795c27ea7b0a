// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.ArrayList;
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
import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.metrics.MetricsSnapshot;
import dev.partforge.metrics.MemoryBudget;
import dev.partforge.metrics.StorageSample;
import dev.partforge.metrics.StorageWarnings;
import dev.partforge.metrics.Timing;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;

/**
 * {@code partforge metrics [--json]}: what the metrics service collected in this data directory (every process on
 * it): timings per operation kind, errors by kind, storage usage over time, caches, and warnings. The store is asked
 * for its current usage first; if it cannot be opened, that is a warning and the saved figures are still printed.
 */
@Component(service = CliCommand.class)
public final class MetricsCommand implements CliCommand {

	@Reference
	private Metrics metrics;

	@Reference
	private PartStore store;

	@Override
	public String name() {
		return "metrics";
	}

	@Override
	public String summary() {
		return "operation timings, errors, storage usage and caches of this data directory";
	}

	@Override
	public String usage() {
		return "Usage: partforge metrics [--json]   (JSON: times in milliseconds, sizes in bytes)";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("metrics").flags("--json").parse(args);
		List<String> warnings = new ArrayList<>();
		long quota = 0;
		int budget = MemoryBudget.DEFAULT_MB;
		try {
			store.info(); // records the current storage usage
			quota = MonitoringPreferences.quotaBytes(store);
			budget = MonitoringPreferences.memoryBudgetMB(store);
		} catch (StoreException e) {
			warnings.add("the storage usage is not current: " + e.getMessage());
		}
		MetricsSnapshot s = metrics.snapshot();
		long q = quota;
		s.latestUsage().ifPresent(u -> warnings.addAll(StorageWarnings.of(u, q)));
		if (a.has("--json")) {
			context.out().println(Json.write(json(s, quota, budget, warnings)));
		} else {
			print(context, s, quota, budget);
		}
		warnings.forEach(w -> context.err().println("warning: " + w));
		return 0;
	}

	private static Map<String, Object> json(MetricsSnapshot s, long quota, int budget, List<String> warnings) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("since", s.since().toString());
		json.put("timings", s.timings().stream().map(MetricsCommand::json).toList());
		json.put("errors", s.errors());
		json.put("storage", s.usage().stream().map(MetricsCommand::json).toList());
		json.put("caches", s.caches().stream().map(MetricsCommand::json).toList());
		json.put("quota", quota > 0 ? quota : null);
		json.put("memoryBudget", budget * 1024L * 1024);
		json.put("warnings", warnings);
		return json;
	}

	private static Map<String, Object> json(Timing t) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("kind", t.kind());
		map.put("count", t.count());
		map.put("p50", millis(t.p50()));
		map.put("p95", millis(t.p95()));
		map.put("max", millis(t.max()));
		map.put("errors", t.errors());
		return map;
	}

	private static Map<String, Object> json(StorageSample u) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("at", u.at().toString());
		map.put("database", u.database());
		map.put("backups", u.backups());
		map.put("free", u.free());
		map.put("low", u.low());
		return map;
	}

	private static Map<String, Object> json(CacheFigures c) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", c.name());
		map.put("size", c.size());
		map.put("bound", c.bound());
		map.put("hits", c.hits());
		map.put("misses", c.misses());
		map.put("hitRate", c.hits() + c.misses() == 0 ? null : c.hitRate());
		return map;
	}

	private static void print(CliContext context, MetricsSnapshot s, long quota, int budget) {
		context.out().println("since " + s.since());
		context.out().println(String.format(Locale.ROOT, "%-28s %8s %10s %10s %10s %7s", "operation", "count",
				"p50 ms", "p95 ms", "max ms", "errors"));
		for (Timing t : s.timings()) {
			context.out().println(String.format(Locale.ROOT, "%-28s %8d %10.2f %10.2f %10.2f %7d", t.kind(), t.count(),
					millis(t.p50()), millis(t.p95()), millis(t.max()), t.errors()));
		}
		if (!s.errors().isEmpty()) {
			context.out().println("errors");
			s.errors().forEach((k, n) -> context.out().println(String.format(Locale.ROOT, "  %-40s %7d", k, n)));
		}
		s.latestUsage().ifPresent(u -> context.out().println(String.format(Locale.ROOT,
				"storage  database %.1f MiB  backups %.1f MiB  free %.1f MiB  (%d samples since %s)",
				u.database() / 1048576.0, u.backups() / 1048576.0, u.free() / 1048576.0, s.usage().size(),
				s.usage().get(0).at())));
		context.out().println(String.format(Locale.ROOT, "memory budget of the caches %d MiB (%s)", budget,
				MemoryBudget.PREFERENCE));
		if (quota > 0) {
			context.out().println(String.format(Locale.ROOT, "quota    %.1f MiB for database and backups (%s)",
					quota / 1048576.0, StorageWarnings.QUOTA_PREFERENCE));
		}
		for (CacheFigures c : s.caches()) {
			context.out().println(String.format(Locale.ROOT, "cache %-20s size %d  bound %s  hit rate %s", c.name(),
					c.size(), c.bound() == 0 ? "memory" : Long.toString(c.bound()),
					c.hits() + c.misses() == 0 ? "not counted" : String.format(Locale.ROOT, "%.1f %%",
							100 * c.hitRate())));
		}
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1_000.0) / 1_000.0;
	}

}
