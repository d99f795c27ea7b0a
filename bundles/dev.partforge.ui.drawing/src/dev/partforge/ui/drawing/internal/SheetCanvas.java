// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.drawing.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import dev.partforge.drawing.Entity;
import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Sheet;

/**
 * Shows a {@link Sheet} at true scale: zoom 1 draws one sheet millimetre as {@code DPI / 25.4} pixels of this display,
 * so a ruler held to the screen measures the paper drawing. Mouse wheel zooms about the pointer, dragging with the left
 * or middle button pans; keys: {@code +}/{@code -} zoom about the centre, arrows pan, {@code 0} fits. The sheet fits
 * the window until the user zooms or pans. Dimensions and hidden lines can be hidden.
 */
final class SheetCanvas {

	private static final double MIN_ZOOM = 0.05;
	private static final double MAX_ZOOM = 40;
	private static final int MARGIN = 12;
	private static final double KEY_ZOOM = 1.25;
	private static final int KEY_PAN = 40;

	private final Canvas canvas;
	private final SheetPainter painter;
	private final Runnable viewChanged;
	private Sheet sheet;
	private double zoom = 1;
	private double originX;
	private double originY;
	private boolean fitting = true;
	private boolean dimensions = true;
	private boolean hidden = true;
	private int dragX;
	private int dragY;
	private boolean dragging;

	SheetCanvas(Composite parent, Runnable viewChanged) {
		this.viewChanged = viewChanged;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setData("org.eclipse.swtbot.widget.key", "drawing.canvas");
		painter = new SheetPainter(canvas.getDisplay());
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> {
			if (fitting) {
				fit();
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			dragging = e.button == 1 || e.button == 2;
			dragX = e.x;
			dragY = e.y;
		});
		canvas.addListener(SWT.MouseMove, this::drag);
		canvas.addListener(SWT.MouseUp, e -> dragging = false);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_ARROW_NEXT
				&& e.detail != SWT.TRAVERSE_ARROW_PREVIOUS); // arrows pan instead of moving the focus
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
	}

	Canvas control() {
		return canvas;
	}

	/** @param s the sheet to show, fitted to the window */
	void setSheet(Sheet s) {
		this.sheet = s;
		fit();
	}

	Sheet sheet() {
		return sheet;
	}

	/** @return pixels per sheet millimetre at zoom 1 on this display */
	double truePixelsPerMillimetre() {
		return canvas.getDisplay().getDPI().x / 25.4;
	}

	/** @return pixels per sheet millimetre now */
	double pixelsPerMillimetre() {
		return truePixelsPerMillimetre() * zoom;
	}

	/** @return the pixel position of the sheet's top left corner in the canvas */
	double[] origin() {
		return new double[] { originX, originY };
	}

	/** @return the zoom; 1 is true scale */
	double zoom() {
		return zoom;
	}

	/** @return how many entities the last paint drew */
	int paintedEntities() {
		return painter.painted();
	}

	void showDimensions(boolean on) {
		dimensions = on;
		canvas.redraw();
	}

	void showHidden(boolean on) {
		hidden = on;
		canvas.redraw();
	}

	/** Fits the whole sheet into the window. */
	void fit() {
		fitting = true;
		Rectangle area = canvas.getClientArea();
		if (sheet == null || area.width <= 2 * MARGIN || area.height <= 2 * MARGIN) {
			changed();
			return;
		}
		double base = truePixelsPerMillimetre();
		zoom = clamp(Math.min((area.width - 2 * MARGIN) / (sheet.paper().width() * base),
				(area.height - 2 * MARGIN) / (sheet.paper().height() * base)));
		center(area);
		changed();
	}

	/** Shows the sheet at true scale (1:1 on screen), centred. */
	void actualSize() {
		fitting = false;
		zoom = 1;
		center(canvas.getClientArea());
		changed();
	}

	private void center(Rectangle area) {
		double ppm = pixelsPerMillimetre();
		originX = (area.width - sheet.paper().width() * ppm) / 2;
		originY = (area.height - sheet.paper().height() * ppm) / 2;
	}

	/**
	 * Zooms by a factor, keeping the sheet point under a pixel in place.
	 *
	 * @param factor the factor, above 1 to enlarge
	 * @param px     pixel x of the fixed point
	 * @param py     pixel y of the fixed point
	 */
	void zoomBy(double factor, int px, int py) {
		if (sheet == null) {
			return;
		}
		fitting = false;
		double before = pixelsPerMillimetre();
		zoom = clamp(zoom * factor);
		double k = pixelsPerMillimetre() / before;
		originX = px - (px - originX) * k;
		originY = py - (py - originY) * k;
		changed();
	}

	private void wheel(Event e) {
		if (e.count != 0) {
			zoomBy(Math.pow(1.2, Math.signum(e.count)), e.x, e.y);
		}
	}

	/**
	 * Moves the sheet by a number of pixels.
	 *
	 * @param dx pixels to the right
	 * @param dy pixels down
	 */
	void panBy(int dx, int dy) {
		if (sheet == null) {
			return;
		}
		fitting = false;
		originX += dx;
		originY += dy;
		changed();
	}

	private void key(Event e) {
		Rectangle area = canvas.getClientArea();
		switch (e.keyCode) {
		case '+', '=', SWT.KEYPAD_ADD -> zoomBy(KEY_ZOOM, area.width / 2, area.height / 2);
		case '-', SWT.KEYPAD_SUBTRACT -> zoomBy(1 / KEY_ZOOM, area.width / 2, area.height / 2);
		case '0', SWT.KEYPAD_0 -> fit();
		case SWT.ARROW_LEFT -> panBy(KEY_PAN, 0);
		case SWT.ARROW_RIGHT -> panBy(-KEY_PAN, 0);
		case SWT.ARROW_UP -> panBy(0, KEY_PAN);
		case SWT.ARROW_DOWN -> panBy(0, -KEY_PAN);
		default -> {
			if (e.character == '+') {
				zoomBy(KEY_ZOOM, area.width / 2, area.height / 2);
			}
		}
		}
	}

	private void drag(Event e) {
		if (!dragging || sheet == null) {
			return;
		}
		fitting = false;
		originX += e.x - dragX;
		originY += e.y - dragY;
		dragX = e.x;
		dragY = e.y;
		changed();
	}

	private void changed() {
		canvas.redraw();
		viewChanged.run();
	}

	private static double clamp(double z) {
		return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(area);
		if (sheet == null) {
			return;
		}
		double ppm = pixelsPerMillimetre();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle((int) Math.round(originX), (int) Math.round(originY),
				(int) Math.round(sheet.paper().width() * ppm), (int) Math.round(sheet.paper().height() * ppm));
		painter.begin(gc, ppm, originX, originY, sheet.paper().height());
		for (Entity e : sheet.entities()) {
			if (e instanceof Entity.Dimension && !dimensions || e.layer() == Layer.HIDDEN && !hidden) {
				continue;
			}
			painter.paint(e);
		}
	}
}
