// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.parts;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** The parts selected when a command runs. */
final class SelectedRows {

	private SelectedRows() {
	}

	static List<PartRow> of(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection s) {
			return s.stream().filter(PartRow.class::isInstance).map(PartRow.class::cast).toList();
		}
		return List.of();
	}
}
