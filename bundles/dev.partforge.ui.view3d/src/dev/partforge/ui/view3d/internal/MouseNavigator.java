// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse conventions of the 3D view, those of SolidWorks: middle-drag orbits, Ctrl+middle-drag or right-drag
 * pans, Shift+middle-drag zooms, the wheel zooms at the cursor (away from you: in), a left click picks a face; the
 * F key fits the part into the view.
 */
final class MouseNavigator {

	/** Degrees of orbit per pixel of drag. */
	static final double DEGREES_PER_PIXEL = 0.5;
	private static final double WHEEL_STEP = 0.85;

	private final Camera camera;
	private final Runnable changed;
	private final BiConsumer<Integer, Integer> pick;
	private final Runnable fit;
	private int button;
	private int mode;
	private int lastX;
	private int lastY;

	private MouseNavigator(Camera camera, Runnable changed, BiConsumer<Integer, Integer> pick, Runnable fit) {
		this.camera = camera;
		this.changed = changed;
		this.pick = pick;
		this.fit = fit;
	}

	/**
	 * Listens to a control's mouse and keys.
	 *
	 * @param control the GL canvas
	 * @param camera  the camera to move
	 * @param changed called after the camera moved
	 * @param pick    called with the pixel of a left click
	 * @param fit     called on the F key
	 */
	static void attach(Control control, Camera camera, Runnable changed, BiConsumer<Integer, Integer> pick,
			Runnable fit) {
		MouseNavigator n = new MouseNavigator(camera, changed, pick, fit);
		control.addListener(SWT.MouseDown, n::down);
		control.addListener(SWT.MouseMove, n::move);
		control.addListener(SWT.MouseUp, n::up);
		control.addListener(SWT.MouseVerticalWheel, n::wheel);
		control.addListener(SWT.KeyDown, n::key);
	}

	private void down(Event e) {
		if (button != 0) {
			return;
		}
		button = e.button;
		lastX = e.x;
		lastY = e.y;
		mode = mode(e.button, e.stateMask);
		if (e.button == 1 && e.widget instanceof Control c) {
			c.setFocus();
		}
	}

	private static int mode(int button, int state) {
		if (button == 3 || button == 2 && (state & SWT.CTRL) != 0) {
			return SWT.CTRL; // pan
		}
		if (button == 2 && (state & SWT.SHIFT) != 0) {
			return SWT.SHIFT; // zoom
		}
		return button == 2 ? SWT.BUTTON2 : SWT.NONE;
	}

	private void move(Event e) {
		if (button == 0 || mode == SWT.NONE) {
			return;
		}
		int dx = e.x - lastX;
		int dy = e.y - lastY;
		lastX = e.x;
		lastY = e.y;
		switch (mode) {
		case SWT.CTRL -> camera.pan(dx, dy);
		case SWT.SHIFT -> camera.zoom(Math.pow(1.01, dy), e.x, e.y);
		default -> camera.orbit(-dx * DEGREES_PER_PIXEL, dy * DEGREES_PER_PIXEL);
		}
		changed.run();
	}

	private void up(Event e) {
		if (e.button != button) {
			return;
		}
		if (button == 1) {
			pick.accept(e.x, e.y);
		}
		button = 0;
		mode = SWT.NONE;
	}

	private void wheel(Event e) {
		if (e.count != 0) {
			camera.zoom(Math.pow(WHEEL_STEP, Math.signum(e.count)), e.x, e.y);
			changed.run();
		}
	}

	private void key(Event e) {
		if (e.character == 'f' || e.character == 'F') {
			fit.run();
		}
	}
}
