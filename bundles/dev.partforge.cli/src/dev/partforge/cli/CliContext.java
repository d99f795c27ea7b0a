// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What a {@link CliCommand} runs with: where to write results and errors, how to report progress, and the data
 * directory in use.
 *
 * @param out           standard output: results (text or JSON)
 * @param err           standard error: progress and diagnostics
 * @param monitor       progress monitor that prints to {@code err}; cancelled on Ctrl+C
 * @param dataDirectory the PartForge data directory of this run
 */
public record CliContext(PrintStream out, PrintStream err, IProgressMonitor monitor, Path dataDirectory) {

	/**
	 * Creates a context; every component is required.
	 */
	public CliContext {
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(err, "err");
		Objects.requireNonNull(monitor, "monitor");
		Objects.requireNonNull(dataDirectory, "dataDirectory");
	}
}
