// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * When the workbench's store (the library) may be used. The workbench does not open the store while it builds its
 * window: it asks for the store to be opened ({@link #open()}) once the first window is shown and the event loop is
 * idle, and until that first open has ended the views show that the library is opening. Background work that needs
 * the store waits for it with {@link #await(IProgressMonitor)} in its Job, never on the UI thread. A DS service of
 * the workbench (not of the headless command line); reach it with {@link WorkbenchServices}.
 */
public interface StoreReadiness {

	/** Schedules opening the store (and migrating an older schema) in a Job; only the first call does so. */
	void open();

	/**
	 * @return whether the first open has ended: the store is open, or it could not be opened and the failure was
	 *         reported (later calls then fail with the store's own error)
	 */
	boolean settled();

	/**
	 * Waits until the first open has ended ({@link #settled()}). Not on the UI thread.
	 *
	 * @param monitor cancels the wait
	 * @throws OperationCanceledException if the monitor is cancelled while waiting, or the workbench shuts down
	 *                                    before the store was opened
	 * @throws IllegalStateException      if called on the UI thread
	 */
	void await(IProgressMonitor monitor);
}
