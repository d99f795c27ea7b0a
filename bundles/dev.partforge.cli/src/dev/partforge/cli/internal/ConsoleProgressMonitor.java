// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows a command's progress on standard error: a line at each new task and at every 10 % of work done. Never
 * writes to standard output, which carries the command's results.
 */
public final class ConsoleProgressMonitor extends NullProgressMonitor {

	private final PrintStream err;
	private String task = "";
	private double total;
	private double done;
	private int lastDecile = -1;

	/**
	 * Creates a monitor.
	 *
	 * @param err where progress lines go
	 */
	public ConsoleProgressMonitor(PrintStream err) {
		this.err = err;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork;
		done = 0;
		lastDecile = -1;
		if (!task.isEmpty()) {
			err.println(task + "...");
		}
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		if (total <= 0) {
			return;
		}
		int decile = (int) Math.min(10, Math.floor(10 * done / total));
		if (decile > lastDecile && decile > 0) {
			lastDecile = decile;
			err.printf("  %3d%% %s%n", decile * 10, task);
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}
}
