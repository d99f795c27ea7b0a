// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Units;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.UiPreferences;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * Generates a part: asks for difficulty, seed and units, generates and stores it in a Job through the
 * {@link PartLibrary}, then selects it in the Parts view.
 */
public final class GeneratePartHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		PartLibrary library = Services.get(window, PartLibrary.class);
		StoreMonitor monitor = Services.get(window, StoreMonitor.class);
		String units = Platform.getPreferencesService().getString(PartForgeUi.PLUGIN_ID, UiPreferences.DRAWING_UNITS,
				Units.MM.name(), null);
		GeneratePartDialog dialog = new GeneratePartDialog(window.getShell(),
				Units.INCH.name().equals(units) ? Units.INCH : Units.MM);
		if (dialog.open() != Window.OK) {
			return null;
		}
		GeneratePartDialog.Request request = dialog.request();
		StoreJobs.schedule(Messages.Generate_job, true, monitor, m -> {
			SubMonitor.convert(m, Messages.Generate_job, 1);
			return library.generate(request.difficulty(), request.seed(), request.units());
		}, (StoredPart part) -> reveal(window, part.getId()));
		return null;
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
