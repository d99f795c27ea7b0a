// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dev.partforge.tests.common.swt.PartForgeBot;

/** Runs workbench commands as a key binding or menu item would, without blocking on the dialogs they open. */
public final class Commands {

	private Commands() {
	}

	/**
	 * Executes a command in the active window, posted to the UI thread; waits until it ran unless it opened a modal
	 * dialog (then returns while the dialog is open). Failures of the command are rethrown.
	 *
	 * @param bot        the bot
	 * @param commandId  the command
	 * @param parameters its parameters
	 */
	public static void execute(PartForgeBot bot, String commandId, Map<String, String> parameters) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<Boolean> started = new AtomicReference<>(false);
		bot.ui().post(() -> {
			started.set(true);
			try {
				var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				var command = window.getService(ICommandService.class).getCommand(commandId);
				ParameterizedCommand pc = ParameterizedCommand.generateCommand(command, parameters);
				window.getService(IHandlerService.class).executeCommand(pc, null);
			} catch (Exception e) {
				failure.set(e);
			}
		});
		bot.waitUntil("command " + commandId + " started", started::get);
		bot.ui().flush();
		if (failure.get() != null) {
			throw new AssertionError("command " + commandId + " failed: " + failure.get(), failure.get());
		}
	}
}
