// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.store.PartStore;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.Services;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * Toggles the bookmark of the selected parts: if any of them is not bookmarked all become bookmarked, otherwise the
 * bookmarks are removed. Stored in a Job; the Parts view refreshes from the store's change notification.
 */
public final class ToggleBookmarkHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		List<PartRow> rows = SelectedRows.of(event);
		if (rows.isEmpty()) {
			return null;
		}
		boolean bookmark = rows.stream().anyMatch(r -> !r.bookmarked());
		PartStore store = Services.get(event, PartStore.class);
		StoreJobs.schedule(Messages.Bookmark_job, true, Services.get(event, StoreMonitor.class), m -> {
			SubMonitor sub = SubMonitor.convert(m, Messages.Bookmark_job, rows.size());
			for (PartRow row : rows) {
				store.getPart(row.id()).ifPresent(p -> {
					p.setBookmarked(bookmark);
					store.putPart(p);
				});
				sub.split(1);
			}
			return rows.size();
		}, null);
		return null;
	}
}
