// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import dev.partforge.cli.CliCommand;

/** Tracks the {@link CliCommand} services registered by Declarative Services. */
public final class CommandRegistry implements AutoCloseable {

	private final ServiceTracker<CliCommand, CliCommand> tracker;

	/**
	 * Starts tracking commands.
	 *
	 * @param context the bundle context to track in
	 */
	public CommandRegistry(BundleContext context) {
		this.tracker = new ServiceTracker<>(context, CliCommand.class, null);
		tracker.open();
	}

	/**
	 * Returns the commands registered now.
	 *
	 * @return a snapshot
	 */
	public Collection<CliCommand> commands() {
		return new ArrayList<>(List.of(tracker.getServices(new CliCommand[0])));
	}

	@Override
	public void close() {
		tracker.close();
	}
}
