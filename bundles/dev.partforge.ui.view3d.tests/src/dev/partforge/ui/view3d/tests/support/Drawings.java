// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.ui.drawing.PartForgeDrawingUi;

/** Opens drawings as the Parts view does: through the drawing bundle's Open Drawing command. */
public final class Drawings {

	private Drawings() {
	}

	/** Opens a part's drawing and waits until the command ran; its failure fails the test. */
	public static void open(PartForgeBot bot, String partId) {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		bot.ui().run(() -> {
			try {
				IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				var command = window.getService(ICommandService.class).getCommand(PartForgeDrawingUi.OPEN_COMMAND);
				ParameterizedCommand pc = ParameterizedCommand.generateCommand(command,
						Map.of(PartForgeDrawingUi.PART_PARAMETER, partId));
				window.getService(IHandlerService.class).executeCommand(pc, null);
			} catch (Exception e) { // rethrown below as the test's failure
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw new AssertionError("Open Drawing of " + partId + " failed: " + failure.get(), failure.get());
		}
	}
}
