// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.sync.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.store.PartStore;
import dev.partforge.sync.SyncStatus;

/** {@code partforge sync} (one cycle) and {@code partforge sync status [--json]}. */
@Component(service = CliCommand.class)
public final class SyncCommand implements CliCommand {

	@Reference
	private PartStore store;

	@Override
	public String name() {
		return "sync";
	}

	@Override
	public String summary() {
		return "synchronise the library with the team server (one cycle), or show the sync status";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge sync [--full]      push local changes to the team server, then pull its changes;
				                                    progress on standard error, exit code 1 if it fails; --full
				                                    also compares every part and record (repair)
				       partforge sync status [--json]
				                                    online / offline / syncing / error, last sync time, pending
				                                    changes, without contacting the server""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		LocalSync sync = new LocalSync(store, context.dataDirectory());
		if (!args.isEmpty() && args.get(0).equals("status")) {
			Args a = Args.spec("sync status").flags("--json").parse(args.subList(1, args.size()));
			SyncStatus status = sync.status();
			context.out().println(a.has("--json") ? Json.write(status.toMap()) : status.describe());
			return 0;
		}
		Args a = Args.spec("sync").flags("--full").parse(args);
		try (sync) {
			Synchronizer.Result moved = sync.run(context.monitor(), a.has("--full"));
			context.out().println("Synchronised: pushed " + moved.partsPushed() + " parts and " + moved.recordsPushed()
					+ " records, pulled " + moved.partsPulled() + " parts and " + moved.recordsPulled() + " records");
			return 0;
		} catch (SyncFailure e) {
			throw new CliException("sync: " + e.getMessage());
		}
	}
}
