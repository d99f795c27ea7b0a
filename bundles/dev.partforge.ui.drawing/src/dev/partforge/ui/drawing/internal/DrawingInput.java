// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/** The input of a Drawing editor: a part id. Equal ids open the same editor; saved in the workbench state. */
public final class DrawingInput implements IEditorInput, IPersistableElement {

	static final String KEY_PART = "partId";

	private final String partId;

	/**
	 * Creates the input.
	 *
	 * @param partId the part id
	 */
	public DrawingInput(String partId) {
		this.partId = Objects.requireNonNull(partId, "partId");
	}

	/** @return the part id */
	public String partId() {
		return partId;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return partId;
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Drawing_tooltip, partId);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == String.class ? adapter.cast(partId) : null;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_PART, partId);
	}

	@Override
	public String getFactoryId() {
		return DrawingInputFactory.ID;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DrawingInput other && partId.equals(other.partId);
	}

	@Override
	public int hashCode() {
		return partId.hashCode();
	}
}
