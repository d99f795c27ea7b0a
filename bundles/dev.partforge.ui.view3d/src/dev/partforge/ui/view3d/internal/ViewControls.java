// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import dev.partforge.ui.PartForgeUi;

/** The 3D view's header buttons: Fit, the standard views, perspective and hidden-edge switches. */
final class ViewControls {

	private ViewControls() {
	}

	/** Adds the buttons to a header (a wrapping row). */
	static void create(Composite header, View3dCanvas canvas) {
		push(header, Messages.View3d_fit, "view3d.fit", canvas::fit);
		view(header, Messages.View3d_front, StandardView.FRONT, canvas);
		view(header, Messages.View3d_top, StandardView.TOP, canvas);
		view(header, Messages.View3d_right, StandardView.RIGHT, canvas);
		view(header, Messages.View3d_iso, StandardView.ISO, canvas);
		Button perspective = check(header, Messages.View3d_perspective, "view3d.perspective");
		perspective.addListener(SWT.Selection, e -> {
			canvas.camera().perspective(perspective.getSelection());
			canvas.fit();
		});
		Button hidden = check(header, Messages.View3d_hidden, "view3d.hidden");
		hidden.addListener(SWT.Selection, e -> canvas.hiddenEdges(hidden.getSelection()));
	}

	private static void view(Composite header, String text, StandardView view, View3dCanvas canvas) {
		push(header, text, "view3d." + view.name().toLowerCase(Locale.ROOT), () -> {
			canvas.camera().look(view);
			canvas.fit();
		});
	}

	private static void push(Composite parent, String text, String key, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.setData(PartForgeUi.WIDGET_KEY, key);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private static Button check(Composite parent, String text, String key) {
		Button b = new Button(parent, SWT.CHECK);
		b.setText(text);
		b.setSelection(true);
		b.setData(PartForgeUi.WIDGET_KEY, key);
		return b;
	}
}
