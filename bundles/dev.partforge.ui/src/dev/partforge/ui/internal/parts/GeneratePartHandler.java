// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.UiPreferences;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * Generates a part: asks for difficulty (the last one chosen is offered again), seed and units, generates and stores
 * it in a Job through the {@link PartLibrary}, then selects it in the Parts view and opens it.
 */
public final class GeneratePartHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		PartLibrary library = Services.get(window, PartLibrary.class);
		StoreMonitor monitor = Services.get(window, StoreMonitor.class);
		String units = Platform.getPreferencesService().getString(PartForgeUi.PLUGIN_ID, UiPreferences.DRAWING_UNITS,
				Units.MM.name(), null);
		GeneratePartDialog dialog = new GeneratePartDialog(window.getShell(), lastDifficulty(),
				Units.INCH.name().equals(units) ? Units.INCH : Units.MM);
		if (dialog.open() != Window.OK) {
			return null;
		}
		GeneratePartDialog.Request request = dialog.request();
		UiPreferences.put(UiPreferences.GENERATE_DIFFICULTY, request.difficulty().name());
		StoreJobs.schedule(Messages.Generate_job, true, monitor, m -> {
			SubMonitor.convert(m, Messages.Generate_job, 1);
			return library.generate(request.difficulty(), request.seed(), request.units());
		}, (StoredPart part) -> {
			reveal(window, part.getId());
			try {
				OpenPartHandler.open(window, part.getId());
			} catch (ExecutionException e) {
				StatusManager.getManager().handle(Status.error(e.getMessage(), e),
						StatusManager.LOG | StatusManager.SHOW);
			}
		});
		return null;
	}

	private static Difficulty lastDifficulty() {
		String name = Platform.getPreferencesService().getString(PartForgeUi.PLUGIN_ID,
				UiPreferences.GENERATE_DIFFICULTY, Difficulty.BEGINNER.name(), null);
		for (Difficulty d : Difficulty.values()) {
			if (d.name().equals(name)) {
				return d;
			}
		}
		return Difficulty.BEGINNER; // a level this version does not know
	}

	private static void reveal(IWorkbenchWindow window, String partId) {
		if (window.getActivePage() == null) {
			return;
		}
		IViewPart view = window.getActivePage().findView(PartForgeUi.PARTS_VIEW);
		if (view instanceof PartsView parts) {
			parts.reveal(partId);
		}
	}
}
