// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.partforge.metrics.CacheFigures;
import dev.partforge.metrics.Metrics;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import dev.partforge.tests.common.Components;
import dev.partforge.tests.common.TestOutput;
import dev.partforge.tests.common.swt.KeyedWidgets;
import dev.partforge.tests.common.swt.PartForgeBot;
import dev.partforge.tests.common.swt.ScreenshotOnFailure;
import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.view3d.PartForgeView3dUi;
import dev.partforge.ui.view3d.internal.Camera;
import dev.partforge.ui.view3d.internal.Part3dView;
import dev.partforge.ui.view3d.internal.Scene;
import dev.partforge.ui.view3d.internal.SceneCache;
import dev.partforge.ui.view3d.internal.Vec3d;
import dev.partforge.ui.view3d.internal.View3dCanvas;
import dev.partforge.ui.view3d.tests.support.Drawings;
import dev.partforge.ui.view3d.tests.support.Mouse;
import dev.partforge.ui.view3d.tests.support.Pixels;

/**
 * The Part 3D view in the real workbench window (Practice perspective, right of the drawing) under Xvfb + Mesa:
 * it follows the opened drawing, orbits with the middle mouse button, Fit brings the whole part back, a click on a
 * hole highlights it and names its parameters; without OpenGL it says so and the workbench goes on.
 */
@ExtendWith(ScreenshotOnFailure.class)
final class View3dUITest {

	private static final int TOLERANCE = 48;

	private final PartForgeBot bot = new PartForgeBot();

	@Test
	void followsTheDrawingOrbitsFitsAndPicksAHole() throws Exception {
		long seed = seedWithHole();
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.BEGINNER, OptionalLong.of(seed),
				Units.MM);
		Drawings.open(bot, part.getId());
		Part3dView view = (Part3dView) bot.showView(PartForgeView3dUi.VIEW_ID).part();
		bot.waitUntil("the 3D view shows the opened part",
				() -> part.getId().equals(view.partId()) && view.statusText().contains("triangles"));
		View3dCanvas canvas = bot.ui().call(view::canvas);
		Control gl = new KeyedWidgets(bot.ui(), bot.ui().call(() -> (org.eclipse.swt.widgets.Composite) canvas.control()))
				.find(Control.class, "view3d.canvas");
		Point size = bot.ui().call(gl::getSize);
		assertTrue(size.x > 100 && size.y > 100, "the view has room: " + size);
		Mouse mouse = new Mouse(bot.ui(), gl);

		ImageData before = bot.ui().call(canvas::snapshot);
		mouse.drag(2, 0, size.x / 2, size.y / 2, size.x / 2 + 60, size.y / 2 + 20);
		ImageData orbited = bot.ui().call(canvas::snapshot);
		assertTrue(Pixels.differing(before, orbited, TOLERANCE) > 0.02, "middle-drag turns the part");

		mouse.drag(3, 0, size.x / 2, size.y / 2, size.x - 5, size.y - 5);
		mouse.wheel(8, 5, 5);
		assertFalse(allCornersInside(canvas, size), "panned and zoomed, part of the part is outside the view");
		click(new KeyedWidgets(bot.ui(), bot.ui().call(() -> view.getSite().getShell())), "view3d.fit");
		assertTrue(allCornersInside(canvas, size), "Fit brings every corner of the bounds back into the view");

		Recipe recipe = RecipeGenerator.generate(Difficulty.BEGINNER, seed, Units.MM);
		int hole = holeIndex(recipe);
		KeyedWidgets widgets = new KeyedWidgets(bot.ui(), bot.ui().call(() -> view.getSite().getShell()));
		widgets.setChecked("view3d.hidden", false); // no dashed line over the faces at the pixel picked
		int[] at = bot.ui().call(() -> pixelOf(canvas, hole, size));
		RGB plain = Pixels.at(bot.ui().call(canvas::snapshot), at[0], at[1]);
		mouse.click(1, at[0], at[1]);
		bot.waitUntil("the feature line names the hole", () -> view.featureText().contains("hole"));
		RGB highlighted = Pixels.at(bot.ui().call(canvas::snapshot), at[0], at[1]);
		assertTrue(Pixels.distance(plain, highlighted) > 40 && highlighted.red > highlighted.blue + 40,
				"the hole turns orange: " + plain + " -> " + highlighted);
		String text = bot.ui().call(view::featureText);
		assertTrue(text.startsWith("Feature " + (hole + 1) + ", hole on ") && text.contains("diameter "
				+ number(((Hole) recipe.features().get(hole)).diameter())), text);

		widgets.setChecked("view3d.hidden", true);
		click(widgets, "view3d.iso");
		settle(canvas);
		Path shot = bot.screenshot(TestOutput.dir("screenshots").resolve("part-3d-view.png"));
		assertTrue(Files.size(shot) > 5_000);
	}

	@Test
	void buttonsTurnToStandardViewsAndSwitchProjectionAndHiddenEdges() {
		StoredPart part = Components.service(PartLibrary.class).generate(Difficulty.INTERMEDIATE, OptionalLong.of(7),
				Units.MM);
		Drawings.open(bot, part.getId());
		Part3dView view = (Part3dView) bot.showView(PartForgeView3dUi.VIEW_ID).part();
		bot.waitUntil("the 3D view shows the part",
				() -> part.getId().equals(view.partId()) && view.statusText().contains("triangles"));
		View3dCanvas canvas = bot.ui().call(view::canvas);
		KeyedWidgets widgets = new KeyedWidgets(bot.ui(), bot.ui().call(() -> view.getSite().getShell()));
		click(widgets, "view3d.top");
		assertTrue(bot.ui().call(() -> canvas.camera().direction()).minus(new Vec3d(0, 0, 1)).length() < 1e-9,
				"Top looks down the Z axis");
		click(widgets, "view3d.front");
		assertTrue(bot.ui().call(() -> canvas.camera().direction()).minus(new Vec3d(0, -1, 0)).length() < 1e-9,
				"Front looks along +Y");
		click(widgets, "view3d.iso");
		ImageData perspective = bot.ui().call(canvas::snapshot);
		widgets.setChecked("view3d.perspective", false);
		assertFalse(bot.ui().call(() -> canvas.camera().isPerspective()), "the switch turns perspective off");
		ImageData orthographic = bot.ui().call(canvas::snapshot);
		assertTrue(Pixels.differing(perspective, orthographic, TOLERANCE) > 0.01, "orthographic looks different");
		widgets.setChecked("view3d.hidden", false);
		ImageData noHidden = bot.ui().call(canvas::snapshot);
		double hiddenInk = Pixels.differing(orthographic, noHidden, TOLERANCE);
		assertTrue(hiddenInk > 0.001 && hiddenInk < 0.05, "only the dashed hidden edges go: " + hiddenInk);
		widgets.setChecked("view3d.hidden", true);
		widgets.setChecked("view3d.perspective", true);
	}

	/**
	 * Showing a part again takes its tessellation from the bounded scene cache (the same scene, not made again),
	 * counted as a hit whose figures reach the metrics service.
	 */
	@Test
	void showingAPartAgainIsATessellationCacheHit() {
		PartLibrary library = Components.service(PartLibrary.class);
		StoredPart first = library.generate(Difficulty.BEGINNER, OptionalLong.of(301), Units.MM);
		StoredPart second = library.generate(Difficulty.BEGINNER, OptionalLong.of(302), Units.MM);
		Part3dView view = (Part3dView) bot.showView(PartForgeView3dUi.VIEW_ID).part();
		View3dCanvas canvas = bot.ui().call(view::canvas);
		CacheFigures before = SceneCache.figures();
		Scene made = show(view, canvas, first);
		show(view, canvas, second);
		CacheFigures shown = SceneCache.figures();
		assertEquals(before.misses() + 2, shown.misses(), "two new parts are tessellated");
		assertEquals(before.hits(), shown.hits());

		assertSame(made, show(view, canvas, first), "the kept scene is shown again");
		CacheFigures again = SceneCache.figures();
		assertEquals(shown.hits() + 1, again.hits(), "showing it again is a hit");
		assertEquals(shown.misses(), again.misses());
		assertEquals(SceneCache.BOUND, again.bound());
		assertTrue(again.size() >= 2 && again.size() <= SceneCache.BOUND, again.toString());
		assertTrue(Components.service(Metrics.class).snapshot().caches().contains(again),
				"the metrics service has the cache's figures");
	}

	private Scene show(Part3dView view, View3dCanvas canvas, StoredPart part) {
		Drawings.open(bot, part.getId());
		bot.waitUntil("the 3D view shows " + part.getId(),
				() -> part.getId().equals(view.partId()) && view.statusText().startsWith(part.getId() + ": ")
						&& view.statusText().contains("triangles"));
		return bot.ui().call(canvas::scene);
	}

	/** Lets the screen catch up (GTK paints the widgets, the canvas swaps a fresh frame) before a screenshot. */
	private void settle(View3dCanvas canvas) throws InterruptedException {
		for (int i = 0; i < 10; i++) {
			bot.ui().run(() -> canvas.render(true));
			bot.ui().flush();
			Thread.sleep(100);
		}
	}

	private void click(KeyedWidgets widgets, String key) {
		Button button = widgets.find(Button.class, key);
		bot.ui().run(() -> button.notifyListeners(SWT.Selection, new Event()));
	}

	@Test
	void withoutOpenGLTheViewSaysSoInPlainWordsAndTheWorkbenchGoesOn() {
		bot.showView(PartForgeView3dUi.VIEW_ID).close();
		System.setProperty(PartForgeView3dUi.NO_OPENGL_PROPERTY, "true");
		try {
			Part3dView view = (Part3dView) bot.showView(PartForgeView3dUi.VIEW_ID).part();
			Label message = new KeyedWidgets(bot.ui(), bot.ui().call(() -> view.getSite().getShell()))
					.find(Label.class, "view3d.unavailable");
			String text = bot.ui().call(message::getText);
			assertTrue(text.startsWith("The 3D view cannot be shown: OpenGL could not be started on this computer")
					&& text.contains("everything else in PartForge work as usual"), text);
			assertEquals(PartForgeUi.PARTS_VIEW, bot.showView(PartForgeUi.PARTS_VIEW).id(),
					"the other views still open");
			String partId = Components.service(PartLibrary.class)
					.generate(Difficulty.BEGINNER, OptionalLong.of(4242), Units.MM).getId();
			Drawings.open(bot, partId);
			bot.waitUntil("the view follows the drawing without a picture",
					() -> partId.equals(view.partId()) && view.statusText().contains("triangles"));
			bot.showView(PartForgeView3dUi.VIEW_ID).close();
		} finally {
			System.clearProperty(PartForgeView3dUi.NO_OPENGL_PROPERTY);
		}
		Part3dView again = (Part3dView) bot.showView(PartForgeView3dUi.VIEW_ID).part();
		assertEquals(null, bot.ui().call(() -> again.canvas().unavailable()), "with OpenGL back, the view draws");
	}

	private static long seedWithHole() {
		for (long seed = 1;; seed++) {
			if (holeIndex(RecipeGenerator.generate(Difficulty.BEGINNER, seed, Units.MM)) >= 0) {
				return seed;
			}
		}
	}

	private static int holeIndex(Recipe recipe) {
		for (int i = 0; i < recipe.features().size(); i++) {
			if (recipe.features().get(i) instanceof Hole) {
				return i;
			}
		}
		return -1;
	}

	private static boolean allCornersInside(View3dCanvas canvas, Point size) {
		return new PartForgeBot().ui().call(() -> {
			double[] b = canvas.scene().bounds();
			Camera camera = canvas.camera();
			for (int i = 0; i < 8; i++) {
				double[] p = camera.project(new Vec3d(b[(i & 1) * 3], b[1 + ((i >> 1) & 1) * 3],
						b[2 + ((i >> 2) & 1) * 3]));
				if (p[0] < 0 || p[0] > size.x || p[1] < 0 || p[1] > size.y) {
					return false;
				}
			}
			return true;
		});
	}

	/**
	 * A pixel where the view shows a face of the feature: the centre of one of its triangles that picking finds
	 * (with its neighbours) and that shows a lit face there (not an edge line, which is nearly black). Turns the camera about the part in 45 degree steps, from above and below, until one is
	 * found; the camera stays there.
	 */
	private static int[] pixelOf(View3dCanvas canvas, int feature, Point size) {
		for (int turn = 0; turn < 8; turn++) {
			for (double tilt : new double[] { 0, 60, -120 }) {
				canvas.camera().orbit(0, tilt);
				canvas.fit();
				int[] found = visiblePixel(canvas, feature, size);
				if (found != null) {
					return found;
				}
			}
			canvas.camera().orbit(45, 60);
		}
		throw new AssertionError("no face of feature " + feature + " is visible from any side");
	}

	private static int[] visiblePixel(View3dCanvas canvas, int feature, Point size) {
		Scene scene = canvas.scene();
		ImageData picture = canvas.snapshot();
		int[] t = scene.triangles();
		for (int i = 0; i < scene.triangleCount(); i++) {
			if (scene.featureOfTriangle(i) != feature) {
				continue;
			}
			Vec3d c = scene.vertex(t[3 * i]).plus(scene.vertex(t[3 * i + 1])).plus(scene.vertex(t[3 * i + 2]))
					.times(1.0 / 3);
			double[] p = canvas.camera().project(c);
			int x = (int) Math.round(p[0]);
			int y = (int) Math.round(p[1]);
			if (x > 2 && y > 2 && x < size.x - 2 && y < size.y - 2 && lit(picture, x, y) && canvas.pick(x, y) == feature
					&& canvas.pick(x + 1, y) == feature && canvas.pick(x, y + 1) == feature
					&& canvas.pick(x - 1, y) == feature && canvas.pick(x, y - 1) == feature) {
				return new int[] { x, y };
			}
		}
		return null;
	}

	private static boolean lit(ImageData picture, int x, int y) {
		for (int[] d : new int[][] { { 0, 0 }, { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) {
			RGB c = Pixels.at(picture, x + d[0], y + d[1]);
			if (c.red + c.green + c.blue < 150) {
				return false;
			}
		}
		return true;
	}

	private static String number(double v) {
		return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}
}
