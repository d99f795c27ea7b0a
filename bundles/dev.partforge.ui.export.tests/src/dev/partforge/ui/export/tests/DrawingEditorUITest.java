// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.service.event.EventHandler;

import dev.partforge.drawing.Layer;
import dev.partforge.drawing.Paper;
import dev.partforge.drawing.Sheet;
import dev.partforge.drawing.ViewKind;
import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.model.ExportPreferences;
import dev.partforge.practice.DrawingDefaults;
import dev.partforge.practice.ExportPreferencesBridge;
import dev.partforge.store.PartStore;
import dev.partforge.store.SessionState;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.KeyedWidgets;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.drawing.PartForgeDrawingUi;
import dev.partforge.ui.drawing.internal.DrawingEditor;
import dev.partforge.ui.drawing.internal.SheetCache;
import dev.partforge.ui.export.tests.support.Commands;
import dev.partforge.ui.export.tests.support.TestParts;

/** The Drawing editor opened through its command, in the real workbench window. */
@ExtendWith(ScreenshotOnFailure.class)
class DrawingEditorUITest {

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void openCommandShowsTheSheetAtTrueScaleAndAnnouncesThePart() throws Exception {
		String partId = TestParts.beginner(103);
		List<Object> opened = new CopyOnWriteArrayList<>();
		IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
		EventHandler handler = e -> opened.add(e.getProperty(IEventBroker.DATA));
		broker.subscribe(PartForgeDrawingUi.PART_OPENED_TOPIC, handler);
		try {
			Commands.execute(bot, PartForgeDrawingUi.OPEN_COMMAND, Map.of(PartForgeDrawingUi.PART_PARAMETER, partId));
			bot.waitUntil("the opened event names the part", () -> opened.contains(partId));
		} finally {
			broker.unsubscribe(handler);
		}
		DrawingEditor editor = editor(partId);
		bot.waitUntil("the sheet is drawn", () -> editor.statusText().contains("Scale"));
		String status = bot.ui().call(editor::statusText);
		Sheet sheet = bot.ui().call(editor::sheet);
		assertEquals(partId, sheet.partId());
		assertTrue(status.contains("Scale " + sheet.scale()), status);
		assertTrue(status.matches("(A[0-4]|ANSI [A-D]) \\(.+ mm\\)\\s+Scale \\d+:\\d+\\s+Zoom \\d+%"), status);

		KeyedWidgets widgets = new KeyedWidgets(bot.ui(), bot.ui().call(() -> editor.getSite().getShell()));
		Canvas canvas = widgets.find(Canvas.class, "drawing.canvas");
		// the ink is counted with the editor maximized, so that the figure does not depend on the window's size (an A4
		// sheet fitted into a small editor area draws too few pixels); the screen catches up with the paint
		// asynchronously: poll
		setMaximized(editor, true);
		bot.waitUntil("the canvas shows the drawing (over 2000 dark pixels)", () -> darkPixels(canvas) > 2_000);
		int withDimensions = bot.ui().call(() -> darkPixels(canvas));

		int all = bot.ui().call(editor::paintedEntities);
		widgets.setChecked("drawing.dimensions", false);
		bot.waitUntil("dimensions hidden", () -> editor.paintedEntities() < all);
		int noDimensions = bot.ui().call(editor::paintedEntities);
		widgets.setChecked("drawing.hidden", false);
		int hiddenLines = sheet.on(Layer.HIDDEN).size();
		bot.waitUntil("hidden lines hidden too", () -> editor.paintedEntities() == noDimensions - hiddenLines);
		bot.waitUntil("hiding dimensions and hidden lines removes ink", () -> darkPixels(canvas) < withDimensions);
		widgets.setChecked("drawing.dimensions", true);
		widgets.setChecked("drawing.hidden", true);
		bot.waitUntil("everything shown again", () -> editor.paintedEntities() == all);
		assertTrue(widgets.isChecked("drawing.dimensions") && widgets.isChecked("drawing.hidden"));
		setMaximized(editor, false);

		clickEditorButton(canvas, "1:1");
		bot.waitUntil("zoom 100%", () -> editor.statusText().endsWith("Zoom 100%"));
		assertTrueScale(editor, canvas, widgets, sheet);

		clickEditorButton(canvas, "Fit");
		bot.waitUntil("fitted again", () -> !editor.statusText().endsWith("Zoom 100%"));

		double fitted = bot.ui().call(editor::zoom);
		mouse(canvas, SWT.MouseVerticalWheel, 0, 200, 150, 3);
		assertEquals(fitted * 1.2, bot.ui().call(editor::zoom), 1e-9, "one wheel notch zooms in by 20%");
		double[] before = bot.ui().call(editor::sheetOrigin);
		mouse(canvas, SWT.MouseDown, 1, 200, 150, 0);
		mouse(canvas, SWT.MouseMove, 0, 260, 120, 0);
		mouse(canvas, SWT.MouseUp, 1, 260, 120, 0);
		double[] after = bot.ui().call(editor::sheetOrigin);
		assertEquals(before[0] + 60, after[0], 1e-9, "dragging pans right");
		assertEquals(before[1] - 30, after[1], 1e-9, "dragging pans up");
		mouse(canvas, SWT.MouseDown, 2, 100, 100, 0);
		mouse(canvas, SWT.MouseMove, 0, 90, 140, 0);
		mouse(canvas, SWT.MouseUp, 2, 90, 140, 0);
		double[] middle = bot.ui().call(editor::sheetOrigin);
		assertEquals(after[0] - 10, middle[0], 1e-9, "dragging with the middle button pans left");
		assertEquals(after[1] + 40, middle[1], 1e-9, "dragging with the middle button pans down");
		clickEditorButton(canvas, "Fit");
		bot.waitUntil("fitted", () -> editor.zoom() == fitted);

		key(canvas, '+', '+');
		assertEquals(fitted * 1.25, bot.ui().call(editor::zoom), 1e-9, "+ zooms in");
		key(canvas, '-', '-');
		key(canvas, '-', '-');
		assertEquals(fitted / 1.25, bot.ui().call(editor::zoom), 1e-9, "- zooms out");
		double[] keyed = bot.ui().call(editor::sheetOrigin);
		key(canvas, SWT.ARROW_LEFT, (char) 0);
		key(canvas, SWT.ARROW_UP, (char) 0);
		double[] panned = bot.ui().call(editor::sheetOrigin);
		assertTrue(panned[0] > keyed[0] && panned[1] > keyed[1], "arrows pan: " + keyed[0] + "," + keyed[1] + " -> "
				+ panned[0] + "," + panned[1]);
		key(canvas, SWT.ARROW_RIGHT, (char) 0);
		key(canvas, SWT.ARROW_DOWN, (char) 0);
		assertEquals(keyed[0], bot.ui().call(editor::sheetOrigin)[0], 1e-9, "right undoes left");
		assertEquals(keyed[1], bot.ui().call(editor::sheetOrigin)[1], 1e-9, "down undoes up");
		key(canvas, '0', '0');
		assertEquals(fitted, bot.ui().call(editor::zoom), 1e-9, "0 fits the sheet");

		PartStore store = Components.service(PartStore.class);
		bot.waitUntil("the part is marked viewed",
				() -> store.getPart(partId).map(p -> p.getLastViewed() != null).orElse(false)
						&& Components.service(SessionState.class).recentParts().contains(partId));
		Path shot = bot.screenshot(TestOutput.dir("screenshots").resolve("drawing-editor.png"));
		assertTrue(Files.size(shot) > 5_000);
	}

	/**
	 * True scale, measured on the screen: with only the visible edges shown, the front view is dragged to the middle
	 * of the canvas, and the distance in screen pixels between its outermost edges must be its width on the sheet in
	 * millimetres (the part at the sheet's scale) times the display's pixels per millimetre.
	 */
	private void assertTrueScale(DrawingEditor editor, Canvas canvas, KeyedWidgets widgets, Sheet sheet) {
		widgets.setChecked("drawing.dimensions", false);
		widgets.setChecked("drawing.hidden", false);
		Sheet.PlacedView front = sheet.views().stream().filter(v -> v.kind() == ViewKind.FRONT).findFirst()
				.orElseThrow();
		double perMm = bot.ui().call(() -> canvas.getDisplay().getDPI().x / 25.4);
		double[] origin = bot.ui().call(editor::sheetOrigin);
		var size = bot.ui().call(canvas::getSize);
		int dx = (int) Math.round(size.x / 2.0 - (origin[0] + (front.x0() + front.x1()) / 2 * perMm));
		int dy = (int) Math.round(
				size.y / 2.0 - (origin[1] + (sheet.paper().height() - (front.y0() + front.y1()) / 2) * perMm));
		mouse(canvas, SWT.MouseDown, 1, 100, 100, 0);
		mouse(canvas, SWT.MouseMove, 0, 100 + dx, 100 + dy, 0);
		mouse(canvas, SWT.MouseUp, 1, 100 + dx, 100 + dy, 0);
		double expected = (front.x1() - front.x0()) * perMm;
		int margin = (int) Math.round(3 * perMm);
		int from = (int) Math.round(size.x / 2.0 - expected / 2) - margin;
		int to = (int) Math.round(size.x / 2.0 + expected / 2) + margin;
		bot.waitUntil("the front view's edges are painted at true scale (" + expected + " px apart)",
				() -> Math.abs(edgeDistance(canvas, size.y / 2, from, to) - expected) <= 3);
		widgets.setChecked("drawing.dimensions", true);
		widgets.setChecked("drawing.hidden", true);
	}

	/** @return pixels from the first to the last dark pixel of a canvas row between two columns; UI thread only */
	private static int edgeDistance(Canvas canvas, int row, int from, int to) {
		ImageData data = screen(canvas);
		int first = -1;
		int last = -1;
		for (int x = Math.max(0, from); x <= Math.min(data.width - 1, to); x++) {
			var rgb = data.palette.getRGB(data.getPixel(x, row));
			if (rgb.red + rgb.green + rgb.blue < 200) {
				first = first < 0 ? x : first;
				last = x;
			}
		}
		return first < 0 ? -1 : last - first;
	}

	/**
	 * The Isometric View toggle redraws the sheet without (and again with) the isometric view and stores the choice as
	 * the drawing setting the exports use.
	 */
	@Test
	void theIsometricViewToggleRedrawsAndIsRemembered() {
		String partId = TestParts.beginner(104);
		Commands.execute(bot, PartForgeDrawingUi.OPEN_COMMAND, Map.of(PartForgeDrawingUi.PART_PARAMETER, partId));
		DrawingEditor editor = editor(partId);
		bot.waitUntil("the sheet is drawn", () -> bot.ui().call(editor::sheet) != null);
		assertTrue(hasIso(bot.ui().call(editor::sheet)), "an isometric view by default");
		KeyedWidgets widgets = new KeyedWidgets(bot.ui(), bot.ui().call(() -> editor.getSite().getShell()));
		assertTrue(widgets.isChecked("drawing.iso"));
		PartStore store = Components.service(PartStore.class);
		try {
			widgets.setChecked("drawing.iso", false);
			bot.waitUntil("redrawn without the isometric view", () -> !hasIso(bot.ui().call(editor::sheet)));
			assertFalse(DrawingDefaults.iso(store), "the choice is the shared drawing setting");
			assertFalse(DrawingDefaults.settings(store).includeIso(), "exports follow it");
			widgets.setChecked("drawing.iso", true);
			bot.waitUntil("redrawn with it", () -> hasIso(bot.ui().call(editor::sheet)));
			assertTrue(DrawingDefaults.iso(store));
		} finally {
			DrawingDefaults.putIso(store, true);
			bot.ui().run(() -> editor.getSite().getPage().closeEditor(editor, false));
		}
	}

	/**
	 * Issue 15: the editor follows the stored paper preference: Automatic draws a beginner part on the smallest ISO
	 * sheet that fits it (A4), a chosen A3 is kept.
	 */
	@Test
	void theEditorFollowsAnAutomaticPaperPreference() {
		PartStore store = Components.service(PartStore.class);
		ExportPreferences prefs = store.getExportPreferences();
		String original = prefs.getPaperSize();
		try {
			prefs.setPaperSize(ExportPreferencesBridge.AUTO);
			store.putExportPreferences(prefs);
			Sheet auto = openAndClose(TestParts.beginner(106));
			assertEquals(Paper.A4, auto.paper(), "the smallest sheet that fits");
			prefs.setPaperSize(Paper.A3.name());
			store.putExportPreferences(prefs);
			assertEquals(Paper.A3, openAndClose(TestParts.beginner(107)).paper(), "a chosen paper is kept");
		} finally {
			prefs.setPaperSize(original);
			store.putExportPreferences(prefs);
		}
	}

	/**
	 * Re-opening a drawing shows the kept sheet (the same object, not drawn again), counted as a hit of the bounded
	 * sheet cache, whose figures reach the metrics service.
	 */
	@Test
	void reopeningADrawingIsACacheHitReportedToTheMetrics() {
		String partId = TestParts.beginner(105);
		CacheFigures before = SheetCache.figures();
		Sheet drawn = openAndClose(partId);
		CacheFigures first = SheetCache.figures();
		assertEquals(before.misses() + 1, first.misses(), "the first opening draws the sheet");
		assertEquals(before.hits(), first.hits());

		assertSame(drawn, openAndClose(partId), "the kept sheet is shown again");
		CacheFigures second = SheetCache.figures();
		assertEquals(first.hits() + 1, second.hits(), "re-opening is a hit");
		assertEquals(first.misses(), second.misses());
		assertEquals(SheetCache.BOUND, second.bound());
		assertTrue(second.size() >= 1 && second.size() <= SheetCache.BOUND, second.toString());
		assertTrue(Components.service(Metrics.class).snapshot().caches().contains(second),
				"the metrics service has the cache's figures");
	}

	private Sheet openAndClose(String partId) {
		Commands.execute(bot, PartForgeDrawingUi.OPEN_COMMAND, Map.of(PartForgeDrawingUi.PART_PARAMETER, partId));
		DrawingEditor editor = editor(partId);
		bot.waitUntil("the sheet is drawn", () -> bot.ui().call(editor::sheet) != null);
		Sheet sheet = bot.ui().call(editor::sheet);
		bot.ui().run(() -> editor.getSite().getPage().closeEditor(editor, false));
		bot.waitUntil("the editor is closed", () -> find(partId) == null);
		return sheet;
	}

	private static boolean hasIso(Sheet sheet) {
		return sheet.views().stream().anyMatch(v -> v.kind() == ViewKind.ISOMETRIC);
	}

	@Test
	void aPartThatIsNotInTheLibraryShowsWhyInTheEditor() {
		Commands.execute(bot, PartForgeDrawingUi.OPEN_COMMAND, Map.of(PartForgeDrawingUi.PART_PARAMETER, "X-404"));
		DrawingEditor editor = editor("X-404");
		bot.waitUntil("the editor says the part is missing", () -> editor.statusText().contains("X-404")
				&& editor.statusText().contains("not in the library"));
		assertEquals(null, bot.ui().call(editor::sheet));
		bot.screenshot(TestOutput.dir("screenshots").resolve("drawing-missing-part.png"));
		bot.ui().run(() -> editor.getSite().getPage().closeEditor(editor, false));
	}

	/** Clicks a button of the editor's own header (the Part 3D view has a "Fit" button too). */
	private void clickEditorButton(Canvas canvas, String label) {
		Button button = bot.ui().call(() -> button(canvas.getParent(), label));
		assertTrue(button != null, "the editor has a button '" + label + "'");
		bot.ui().run(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	private static Button button(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText().replace("&", ""))) {
				return b;
			}
			if (c instanceof Composite k) {
				Button b = button(k, label);
				if (b != null) {
					return b;
				}
			}
		}
		return null;
	}

	private void setMaximized(DrawingEditor editor, boolean maximized) {
		bot.ui().run(() -> {
			IWorkbenchPage page = editor.getSite().getPage();
			page.setPartState(page.getReference(editor), maximized ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
		});
		bot.ui().flush();
	}

	private DrawingEditor editor(String partId) {
		bot.waitUntil("a Drawing editor for " + partId, () -> find(partId) != null);
		return bot.ui().call(() -> find(partId));
	}

	private static DrawingEditor find(String partId) {
		for (IEditorReference ref : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getEditorReferences()) {
			IEditorPart part = ref.getEditor(false);
			if (part instanceof DrawingEditor d && partId.equals(d.partId())) {
				return d;
			}
		}
		return null;
	}

	private void key(Canvas canvas, int keyCode, char character) {
		bot.ui().run(() -> {
			Event e = new Event();
			e.keyCode = keyCode;
			e.character = character;
			canvas.notifyListeners(SWT.KeyDown, e);
		});
	}

	private void mouse(Canvas canvas, int type, int button, int x, int y, int count) {
		bot.ui().run(() -> {
			Event e = new Event();
			e.button = button;
			e.x = x;
			e.y = y;
			e.count = count;
			e.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
			canvas.notifyListeners(type, e);
		});
	}

	/** Counts the dark pixels the canvas shows on the screen now; UI thread only. */
	private static int darkPixels(Canvas canvas) {
		ImageData data = screen(canvas);
		int dark = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				var rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 200) {
					dark++;
				}
			}
		}
		return dark;
	}

	/** @return what the canvas shows on the screen now; UI thread only */
	private static ImageData screen(Canvas canvas) {
		canvas.update();
		var size = canvas.getSize();
		var at = canvas.toDisplay(0, 0);
		Image image = new Image(canvas.getDisplay(), size.x, size.y);
		GC gc = new GC(canvas.getDisplay()); // the screen: a control's own GC cannot be read back on GTK
		try {
			gc.copyArea(image, at.x, at.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
