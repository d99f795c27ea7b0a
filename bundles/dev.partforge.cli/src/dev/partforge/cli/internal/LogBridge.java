// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Sends what libraries log through {@code java.util.logging} and {@code System.Logger} (H2, CDO, the store) to the
 * Eclipse log of the data directory instead of the terminal: the JDK's default console handler would print their
 * stack traces on standard error, where the command line prints one line per error.
 */
public final class LogBridge extends Handler {

	private static final String PLUGIN_ID = "dev.partforge.cli";

	private final ILog log;
	private final Formatter formatter = new SimpleFormatter();

	private LogBridge(ILog log) {
		this.log = log;
		setLevel(Level.INFO);
	}

	/**
	 * Replaces the handlers of the root logger of {@code java.util.logging} by one that writes to the Eclipse log.
	 */
	public static void install() {
		Logger root = LogManager.getLogManager().getLogger("");
		for (Handler h : root.getHandlers()) {
			root.removeHandler(h);
		}
		root.addHandler(new LogBridge(ILog.of(LogBridge.class)));
	}

	@Override
	public void publish(LogRecord record) {
		if (!isLoggable(record)) {
			return;
		}
		int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR
				: record.getLevel().intValue() >= Level.WARNING.intValue() ? IStatus.WARNING : IStatus.INFO;
		log.log(new Status(severity, PLUGIN_ID,
				record.getLoggerName() + ": " + formatter.formatMessage(record), record.getThrown()));
	}

	@Override
	public void flush() {
		// the Eclipse log writes each entry when it is logged
	}

	@Override
	public void close() {
		// nothing held
	}
}
