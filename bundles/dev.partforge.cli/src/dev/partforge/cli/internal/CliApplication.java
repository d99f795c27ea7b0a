// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.cli.CliContext;
import dev.partforge.core.DataDirectory;

/**
 * The headless application {@code dev.partforge.cli}: runs one command and returns its exit code. Needs no display.
 * Library logging goes to the log file of the data directory, never to the terminal (see {@link LogBridge}).
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = raw == null ? List.of() : Arrays.asList(raw);
		context.applicationRunning();
		LogBridge.install();
		BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		try (CommandRegistry registry = new CommandRegistry(bundleContext)) {
			CliContext cli = new CliContext(System.out, System.err, new ConsoleProgressMonitor(System.err),
					DataDirectory.configured());
			int code = new Dispatcher(registry::commands).run(args, cli);
			System.out.flush();
			return Integer.valueOf(code);
		}
	}

	@Override
	public void stop() {
		// a command runs to its end or is cancelled through its progress monitor; nothing to interrupt here
	}
}
