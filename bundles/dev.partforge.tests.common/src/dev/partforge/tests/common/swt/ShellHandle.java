// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common.swt;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** A window or dialog. */
public final class ShellHandle extends ContainerHandle {

	private final Shell shell;

	ShellHandle(UiThread ui, Shell shell) {
		super(ui);
		this.shell = shell;
	}

	@Override
	protected Composite root() {
		return shell;
	}

	/** @return the title */
	public String title() {
		return ui.call(shell::getText);
	}

	/** @return whether the shell is still open */
	public boolean isOpen() {
		return ui.call(() -> !shell.isDisposed() && shell.isVisible());
	}

	/** Waits until the shell is closed. */
	public void waitUntilClosed() {
		ui.waitUntil("shell closes", () -> shell.isDisposed() || !shell.isVisible(), PartForgeBot.TIMEOUT);
	}

	/** Closes the shell (as the window manager's close button would). */
	public void close() {
		ui.post(() -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
		waitUntilClosed();
	}
}
