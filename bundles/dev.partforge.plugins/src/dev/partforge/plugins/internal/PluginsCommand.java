// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.plugins.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.annotations.Component;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;

/**
 * {@code partforge plugins list|install|uninstall|update}: the features of the running PartForge and changes to them
 * from update sites, through p2. Changes run as a Job with progress on standard error and take effect at the next
 * start of PartForge.
 */
@Component(service = CliCommand.class)
public final class PluginsCommand implements CliCommand {

	private static final String USAGE = String.join("\n", //
			"Usage: partforge plugins list [--json]                          features installed on their own",
			"       partforge plugins list --available --repo URI [--json]   what an update site offers",
			"       partforge plugins install --repo URI FEATURE...",
			"       partforge plugins uninstall FEATURE...",
			"       partforge plugins update [--repo URI]",
			"URI: a file:, http: or https: update site, a folder or a zipped site.",
			"FEATURE: a feature id as `plugins list` prints it, e.g. dev.partforge.export.svg.feature.",
			"Changes apply from the next start of PartForge; on any failure the installation is left as it was.");

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String summary() {
		return "list, install, uninstall and update plug-ins (features) from update sites";
	}

	@Override
	public String usage() {
		return USAGE;
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		return SubCommands.of("plugins").on("list", PluginsCommand::list).on("install", this::install)
				.on("uninstall", this::uninstall).on("update", this::update).run(context, args);
	}

	private int install(CliContext context, List<String> rest) throws CliException {
		Args a = Args.spec("plugins install").options("--repo").positionals(Integer.MAX_VALUE).parse(rest);
		var site = UpdateSites.parse(a.required("--repo"));
		List<String> features = features(a, "plugins install");
		print(context, inJob(context, "Installing " + String.join(", ", features),
				m -> installation().install(site, features, m)));
		return 0;
	}

	private int uninstall(CliContext context, List<String> rest) throws CliException {
		Args a = Args.spec("plugins uninstall").positionals(Integer.MAX_VALUE).parse(rest);
		List<String> features = features(a, "plugins uninstall");
		print(context, inJob(context, "Uninstalling " + String.join(", ", features),
				m -> installation().uninstall(features, m)));
		return 0;
	}

	private int update(CliContext context, List<String> rest) throws CliException {
		Args a = Args.spec("plugins update").options("--repo").parse(rest);
		Optional<URI> site = a.value("--repo").isPresent() ? Optional.of(UpdateSites.parse(a.value("--repo").get()))
				: Optional.empty();
		List<String> updated = inJob(context, "Updating plug-ins", m -> installation().update(site, m));
		if (updated.isEmpty()) {
			context.out().println("everything is up to date");
		} else {
			print(context, updated);
		}
		return 0;
	}

	private static int list(CliContext context, List<String> rest) throws CliException {
		Args a = Args.spec("plugins list").flags("--available", "--json").options("--repo").parse(rest);
		List<Feature> features;
		String flag;
		if (a.has("--available")) {
			var site = UpdateSites.parse(a.required("--repo"));
			features = inJob(context, "Reading " + site, m -> installation().available(site, m));
			flag = "installed";
		} else {
			if (a.value("--repo").isPresent()) {
				throw CliException.usage("plugins list: --repo needs --available");
			}
			// the features installed on their own: the exporters and what came from update sites (the product's
			// own features show only once p2 has written the user's profile, so they are left out for a stable list)
			features = installation().installed().stream().filter(Feature::removable).toList();
			flag = "removable";
		}
		if (a.has("--json")) {
			context.out().println(Json.write(features.stream().map(f -> f.toJson(flag)).toList()));
			return 0;
		}
		for (Feature f : features) {
			String note = f.removable() ? flag : "";
			String line = String.format("%-40s %-24s %-36s %s", f.id(), f.version(), f.name(), note);
			context.out().println(line.stripTrailing());
		}
		return 0;
	}

	private static List<String> features(Args a, String command) throws CliException {
		if (a.positionals().isEmpty()) {
			throw CliException.usage(command + ": missing FEATURE (see partforge plugins list)");
		}
		return a.positionals();
	}

	private static void print(CliContext context, List<String> lines) {
		lines.forEach(context.out()::println);
		context.err().println("Restart PartForge to use the change.");
	}

	/** Work of the command that talks to p2. */
	@FunctionalInterface
	private interface Work<T> {
		T run(IProgressMonitor monitor) throws CliException;
	}

	/**
	 * Runs p2 work as a Job and waits for it; progress goes to the command's monitor (standard error), whose
	 * cancellation (Ctrl+C) cancels the work.
	 */
	private static <T> T inJob(CliContext context, String name, Work<T> work) throws CliException {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		Job job = Job.create(name, jobMonitor -> {
			try {
				result.set(work.run(context.monitor()));
			} catch (CliException | RuntimeException e) {
				failure.set(e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		try {
			job.join(0, context.monitor());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		if (failure.get() instanceof CliException e) {
			throw e;
		}
		if (failure.get() instanceof RuntimeException e) {
			throw e;
		}
		return result.get();
	}

	private static Installation installation() throws CliException {
		return Installation.running().orElseThrow(() -> new CliException(
				"p2 is not running in this PartForge (no provisioning agent; is eclipse.p2.data.area set?)"));
	}
}
