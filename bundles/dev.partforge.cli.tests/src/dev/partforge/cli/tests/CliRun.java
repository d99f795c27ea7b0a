// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.FrameworkUtil;

import dev.partforge.cli.CliContext;
import dev.partforge.cli.internal.CommandRegistry;
import dev.partforge.cli.internal.Dispatcher;

/** Runs the real dispatcher with the commands registered in the running framework and captures its output. */
record CliRun(int exitCode, String out, String err) {

	static CliRun run(Path dataDir, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
				CommandRegistry registry = new CommandRegistry(
						FrameworkUtil.getBundle(CliRun.class).getBundleContext())) {
			CliContext ctx = new CliContext(o, e, new NullProgressMonitor(), dataDir);
			int code = new Dispatcher(registry::commands).run(List.of(args), ctx);
			return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}
}
