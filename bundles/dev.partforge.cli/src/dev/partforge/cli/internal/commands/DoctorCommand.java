// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.internal.Check;
import dev.partforge.cli.internal.ComponentChecks;
import dev.partforge.cli.internal.Dispatcher;
import dev.partforge.core.DataDirectory;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;
import dev.partforge.store.StoreInfo;

/**
 * {@code partforge doctor [--json]}: checks Java, the data directory, that every PartForge bundle is resolved and
 * every PartForge DS component is active, printing each check. Exit code 1 if any check fails.
 */
@Component(service = CliCommand.class)
public final class DoctorCommand implements CliCommand {

	/** The oldest Java PartForge runs on. */
	static final int MIN_JAVA = 21;

	private static final ILog LOG = ILog.of(DoctorCommand.class);

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile PartStore store;

	@Override
	public String name() {
		return "doctor";
	}

	@Override
	public boolean needsWritableData() {
		return false;
	}

	@Override
	public String summary() {
		return "check Java, the data directory, bundles and services";
	}

	@Override
	public String usage() {
		return "Usage: partforge doctor [--json]\n"
				+ "Checks Java, that the data directory is writable, that the store opens (not in use by another\n"
				+ "PartForge process, not damaged), that all PartForge bundles are resolved and that all PartForge\n"
				+ "services (DS components) are active. Exit code 1 if a check fails.";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("doctor").flags("--json").parse(args);
		BundleContext bc = FrameworkUtil.getBundle(DoctorCommand.class).getBundleContext();
		List<Check> checks = new ArrayList<>();
		checks.add(javaCheck());
		Check data = dataDirectoryCheck(context.dataDirectory());
		checks.add(data);
		checks.add(storeCheck(context.dataDirectory(), data.ok()));
		for (Bundle b : bc.getBundles()) {
			if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("dev.partforge.")) {
				checks.add(bundleCheck(b));
			}
		}
		checks.addAll(new ComponentChecks(bc).run());
		boolean ok = checks.stream().allMatch(Check::ok);
		if (a.has("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("ok", ok);
			json.put("checks", checks.stream().map(Check::toMap).toList());
			context.out().println(Json.write(json));
		} else {
			checks.forEach(c -> context.out().println(c.line()));
			context.out().println(ok ? "All checks passed." : "Some checks FAILED.");
		}
		return ok ? 0 : 1;
	}

	static Check javaCheck() {
		int feature = Runtime.version().feature();
		String detail = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") at "
				+ System.getProperty("java.home");
		return feature >= MIN_JAVA ? Check.ok("java", detail)
				: Check.fail("java", detail + ": PartForge needs Java " + MIN_JAVA + " or newer");
	}

	static Check dataDirectoryCheck(Path dir) {
		return DataDirectory.problem(dir).map(p -> Check.fail("data directory", p))
				.orElseGet(() -> Check.ok("data directory", dir + " is writable"));
	}

	/**
	 * Opens the store (if there is one yet) and reports why it cannot be used: in use by another process, damaged,
	 * read-only, written by a newer version.
	 */
	Check storeCheck(Path dir, boolean writable) {
		Path db = dir.resolve("store").resolve("db");
		if (!Files.isDirectory(db)) {
			return Check.ok("store", "none yet in " + dir + " (created on first use)");
		}
		if (!writable) {
			return Check.fail("store", db + " cannot be opened: the data directory is not writable");
		}
		PartStore s = store;
		if (s == null) {
			return Check.fail("store", "no PartStore service (bundle dev.partforge.store.cdo missing or not started)");
		}
		try {
			StoreInfo info = s.info();
			if (info.fallback().isPresent()) {
				return Check.fail("store", info.fallback().get().message());
			}
			return Check.ok("store", "schema v" + info.schemaVersion() + ", " + info.parts() + " parts, "
					+ info.records() + " records in " + info.location());
		} catch (StoreException e) {
			LOG.warn("doctor: the store in " + db + " cannot be used", e);
			return Check.fail("store", Dispatcher.oneLine(e.getMessage()));
		}
	}

	static Check bundleCheck(Bundle b) {
		String name = "bundle " + b.getSymbolicName();
		boolean fragment = b.getHeaders("").get("Fragment-Host") != null;
		return switch (b.getState()) {
		case Bundle.ACTIVE -> Check.ok(name, b.getVersion() + " active");
		case Bundle.STARTING -> Check.ok(name, b.getVersion() + " resolved (lazy activation)");
		case Bundle.RESOLVED -> fragment ? Check.ok(name, b.getVersion() + " resolved (fragment)")
				: Check.ok(name, b.getVersion() + " resolved");
		default -> Check.fail(name, b.getVersion() + " NOT resolved (state " + b.getState()
				+ "): a required bundle or package is missing; see the log");
		};
	}
}
