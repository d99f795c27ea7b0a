// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores {@link DrawingInput}s when the workbench restarts (open drawings come back). */
public final class DrawingInputFactory implements IElementFactory {

	/** The factory id in {@code plugin.xml}. */
	static final String ID = "dev.partforge.ui.drawing.inputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String id = memento.getString(DrawingInput.KEY_PART);
		return id == null || id.isBlank() ? null : new DrawingInput(id);
	}
}
