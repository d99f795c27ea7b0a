// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dev.partforge.store.AttemptStats;
import dev.partforge.store.PartQuery;
import dev.partforge.store.PartStore;
import dev.partforge.ui.internal.Messages;

/** Reads the rows of the Parts view from the store (call it in a Job). */
final class PartsLoader {

	private PartsLoader() {
	}

	static List<PartRow> load(PartStore store, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.PartsView_loading, 3);
		Map<String, AttemptStats> stats = store.statistics().perPart().stream()
				.collect(Collectors.toMap(AttemptStats::group, Function.identity(), (a, b) -> a));
		sub.worked(1);
		if (sub.isCanceled()) {
			throw new OperationCanceledException();
		}
		var parts = store.listParts(PartQuery.ALL);
		sub.worked(1);
		List<PartRow> rows = parts.stream().map(p -> PartRow.of(p, stats)).toList();
		sub.worked(1);
		return rows;
	}
}
