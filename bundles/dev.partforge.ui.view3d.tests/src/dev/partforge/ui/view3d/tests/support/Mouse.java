// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import dev.partforge.tests.common.swt.UiThread;

/** Mouse gestures on a control, sent as the SWT events a real mouse produces (press, moves, release; wheel). */
public final class Mouse {

	private final UiThread ui;
	private final Control control;

	/**
	 * @param ui      the UI thread
	 * @param control the control receiving the events
	 */
	public Mouse(UiThread ui, Control control) {
		this.ui = ui;
		this.control = control;
	}

	/** Presses a button at one pixel, moves in 10 steps to another with the modifier keys held, releases. */
	public void drag(int button, int modifiers, int x0, int y0, int x1, int y1) {
		send(SWT.MouseDown, button, modifiers, x0, y0, 0);
		for (int i = 1; i <= 10; i++) {
			send(SWT.MouseMove, 0, modifiers | mask(button), x0 + (x1 - x0) * i / 10, y0 + (y1 - y0) * i / 10, 0);
		}
		send(SWT.MouseUp, button, modifiers | mask(button), x1, y1, 0);
	}

	/** Clicks a button at a pixel. */
	public void click(int button, int x, int y) {
		send(SWT.MouseDown, button, 0, x, y, 0);
		send(SWT.MouseUp, button, mask(button), x, y, 0);
	}

	/** Turns the wheel by a number of notches (positive: away from the user). */
	public void wheel(int notches, int x, int y) {
		send(SWT.MouseVerticalWheel, 0, 0, x, y, notches);
	}

	private static int mask(int button) {
		return switch (button) {
		case 1 -> SWT.BUTTON1;
		case 2 -> SWT.BUTTON2;
		default -> SWT.BUTTON3;
		};
	}

	private void send(int type, int button, int state, int x, int y, int count) {
		ui.run(() -> {
			Event e = new Event();
			e.button = button;
			e.stateMask = state;
			e.x = x;
			e.y = y;
			e.count = count;
			control.notifyListeners(type, e);
		});
	}
}
