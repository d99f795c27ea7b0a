// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.partforge.ui.view3d.internal.Camera;
import dev.partforge.ui.view3d.internal.Picker;
import dev.partforge.ui.view3d.internal.Ray;
import dev.partforge.ui.view3d.internal.Scene;
import dev.partforge.ui.view3d.internal.StandardView;
import dev.partforge.ui.view3d.internal.Vec3d;
import dev.partforge.ui.view3d.tests.support.Cube;

/** The camera's projection, rays, fit, zoom at the cursor and standard views, and picking, without OpenGL. */
final class CameraTest {

	private static final Scene BOX = Cube.box(80, 50, 20);

	private static Camera camera(boolean perspective, int w, int h) {
		Camera c = new Camera();
		c.viewport(w, h);
		c.perspective(perspective);
		c.scene(BOX.centre(), BOX.radius());
		return c;
	}

	private static List<Vec3d> corners() {
		double[] b = BOX.bounds();
		List<Vec3d> out = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			out.add(new Vec3d(b[(i & 1) * 3], b[1 + ((i >> 1) & 1) * 3], b[2 + ((i >> 2) & 1) * 3]));
		}
		return out;
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void fitPutsEveryCornerInsideTheCanvasAfterOrbitPanAndZoom(boolean perspective) {
		for (int[] size : new int[][] { { 640, 480 }, { 300, 700 } }) {
			Camera c = camera(perspective, size[0], size[1]);
			c.orbit(37, -21);
			c.pan(400, -250);
			c.zoom(0.05, 10, 10);
			c.fit();
			for (Vec3d corner : corners()) {
				double[] p = c.project(corner);
				assertTrue(p[0] >= 0 && p[0] <= size[0] && p[1] >= 0 && p[1] <= size[1],
						() -> corner + " projects to " + p[0] + "," + p[1] + " outside " + size[0] + "x" + size[1]);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void aRayThroughAPixelProjectsBackToThatPixel(boolean perspective) {
		Camera c = camera(perspective, 640, 480);
		c.orbit(20, 10);
		c.fit();
		Ray ray = c.ray(123, 321);
		double[] p = c.project(ray.at(c.halfHeight() * 3));
		assertEquals(123, p[0], 1e-6);
		assertEquals(321, p[1], 1e-6);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void zoomKeepsThePointUnderTheCursor(boolean perspective) {
		Camera c = camera(perspective, 640, 480);
		c.fit();
		Ray before = c.ray(500, 100);
		Vec3d n = c.direction();
		Vec3d under = before.at(c.target().minus(before.origin()).dot(n) / before.direction().dot(n));
		c.zoom(0.5, 500, 100);
		double[] p = c.project(under);
		assertEquals(500, p[0], 1e-6);
		assertEquals(100, p[1], 1e-6);
	}

	@Test
	void standardViewsLookAlongTheAxes() {
		Camera c = camera(false, 100, 100);
		c.look(StandardView.FRONT);
		assertVec(new Vec3d(0, -1, 0), c.direction());
		assertVec(new Vec3d(0, 0, 1), c.up());
		c.look(StandardView.TOP);
		assertVec(new Vec3d(0, 0, 1), c.direction());
		assertVec(new Vec3d(0, 1, 0), c.up());
		c.look(StandardView.RIGHT);
		assertVec(new Vec3d(1, 0, 0), c.direction());
		c.look(StandardView.ISO);
		double k = 1 / Math.sqrt(3);
		assertVec(new Vec3d(k, -k, k), c.direction());
	}

	@Test
	void orbitIsATurntableAboutZAndStopsAtThePoles() {
		Camera c = camera(false, 100, 100);
		c.look(StandardView.FRONT);
		c.orbit(90, 0);
		assertVec(new Vec3d(1, 0, 0), c.direction());
		c.orbit(0, 500);
		assertVec(new Vec3d(0, 0, 1), c.direction());
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void pickingTheCentreFromAboveFindsTheTopFaceFeature(boolean perspective) {
		Camera c = camera(perspective, 400, 300);
		c.look(StandardView.TOP);
		c.fit();
		int triangle = Picker.pick(BOX, c.ray(200, 150));
		assertEquals(0, BOX.featureOfTriangle(triangle), "the top face is feature 0");
		c.look(StandardView.FRONT);
		c.fit();
		assertEquals(-1, BOX.featureOfTriangle(Picker.pick(BOX, c.ray(200, 150))), "the front face is stock");
		assertEquals(-1, Picker.pick(BOX, c.ray(1, 1)), "the corner of the canvas misses the box");
	}

	private static void assertVec(Vec3d expected, Vec3d actual) {
		assertTrue(expected.minus(actual).length() < 1e-9, () -> "expected " + expected + " but was " + actual);
	}
}
