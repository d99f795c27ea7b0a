// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.ui.internal.Messages;

/**
 * Reads the rows of the Parts view from the store (call it in a Job): one projection query for the summaries, no
 * part objects loaded.
 */
final class PartsLoader {

	private PartsLoader() {
	}

	static List<PartRow> load(PartStore store, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.PartsView_loading, 2);
		var summaries = store.listPartSummaries(PartQuery.ALL);
		sub.worked(1);
		List<PartRow> rows = summaries.stream().map(PartRow::of).toList();
		sub.worked(1);
		return rows;
	}
}
