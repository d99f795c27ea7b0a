// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.util.function.IntConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.opengl.GLCanvas;
import org.eclipse.swt.opengl.GLData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GLCapabilities;

import dev.partforge.ui.PartForgeUi;
import dev.partforge.ui.view3d.PartForgeView3dUi;

/**
 * The drawing surface of the 3D view: an SWT {@link GLCanvas} rendered through LWJGL, with the mouse conventions of
 * {@link MouseNavigator}. When OpenGL cannot be started (no driver, no GLX, or switched off with
 * {@value PartForgeView3dUi#NO_OPENGL_PROPERTY}) it shows a plain message instead, logs why, and the rest of the
 * workbench goes on. UI thread only.
 */
public final class View3dCanvas {

	private final Composite body;
	private final Camera camera = new Camera();
	private final GLCanvas canvas;
	private final String unavailable;
	private GLCapabilities capabilities;
	private String driver;
	private GlRenderer renderer;
	private Scene scene;
	private SceneBuffers buffers;
	private boolean hiddenEdges = true;
	private int highlighted = Integer.MIN_VALUE;
	private long frames;

	/**
	 * Creates the canvas, or the message saying why there is none.
	 *
	 * @param parent the parent
	 * @param picked called with the feature index under a left click (-1 stock), or {@code Integer.MIN_VALUE} when
	 *               the click hit nothing
	 */
	public View3dCanvas(Composite parent, IntConsumer picked) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new FillLayout());
		GLCanvas gl = null;
		String failure = null;
		try {
			gl = open(body);
		} catch (SWTException | IllegalStateException | LinkageError e) {
			failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			ILog.of(View3dCanvas.class).warn("The 3D view cannot start OpenGL: " + failure, e);
		}
		canvas = gl;
		unavailable = failure;
		if (canvas == null) {
			Label message = new Label(body, SWT.WRAP | SWT.CENTER);
			message.setData(PartForgeUi.WIDGET_KEY, "view3d.unavailable");
			message.setText(NLS.bind(Messages.View3d_unavailable, failure));
			return;
		}
		canvas.setData(PartForgeUi.WIDGET_KEY, "view3d.canvas");
		canvas.addListener(SWT.Paint, e -> render(false));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> dispose());
		MouseNavigator.attach(canvas, camera, canvas::redraw, (x, y) -> picked.accept(pick(x, y)), this::fit);
	}

	private GLCanvas open(Composite parent) {
		if (Boolean.getBoolean(PartForgeView3dUi.NO_OPENGL_PROPERTY)) {
			throw new IllegalStateException(NLS.bind(Messages.View3d_switchedOff, PartForgeView3dUi.NO_OPENGL_PROPERTY));
		}
		GLData data = new GLData();
		data.doubleBuffer = true;
		data.depthSize = 24;
		GLCanvas gl = new GLCanvas(parent, SWT.NO_BACKGROUND, data);
		try {
			gl.setCurrent();
			capabilities = GL.createCapabilities();
			if (!capabilities.OpenGL15) {
				throw new IllegalStateException(NLS.bind(Messages.View3d_tooOld, GL11.glGetString(GL11.GL_VERSION)));
			}
			driver = GL11.glGetString(GL11.GL_RENDERER) + ", OpenGL " + GL11.glGetString(GL11.GL_VERSION);
			renderer = new GlRenderer();
			renderer.init();
			return gl;
		} catch (RuntimeException | LinkageError e) {
			gl.dispose();
			throw e;
		}
	}

	/** @return the control to lay out */
	public Control control() {
		return body;
	}

	/** @return why OpenGL is not available, or null when it is */
	public String unavailable() {
		return unavailable;
	}

	/** @return the OpenGL renderer and version in use (e.g. llvmpipe under Mesa), or null without OpenGL */
	public String driver() {
		return driver;
	}

	/** @return the camera (call {@link #redraw()} after changing it) */
	public Camera camera() {
		return camera;
	}

	/**
	 * Shows a scene and fits it into the view.
	 *
	 * @param newScene the scene
	 */
	public void setScene(Scene newScene) {
		scene = newScene;
		buffers = SceneBuffers.of(newScene);
		highlighted = Integer.MIN_VALUE;
		camera.scene(newScene.centre(), newScene.radius());
		if (canvas != null) {
			current();
			renderer.upload(buffers, buffers.colours(highlighted));
		}
		fit();
	}

	/** @return the scene shown, or null */
	public Scene scene() {
		return scene;
	}

	/** Fits the whole part into the view. */
	public void fit() {
		updateViewport();
		camera.fit();
		redraw();
	}

	/**
	 * Highlights the faces of one feature.
	 *
	 * @param feature its index, -1 for the stock, {@code Integer.MIN_VALUE} for none
	 */
	public void highlight(int feature) {
		highlighted = feature;
		if (canvas != null && buffers != null) {
			current();
			renderer.colours(buffers.colours(feature));
		}
		redraw();
	}

	/** Shows or hides the hidden edges (dashed). */
	public void hiddenEdges(boolean on) {
		hiddenEdges = on;
		redraw();
	}

	/** Asks for a repaint. */
	public void redraw() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/**
	 * The feature under a pixel.
	 *
	 * @return its index, -1 for the stock, {@code Integer.MIN_VALUE} for none
	 */
	public int pick(int x, int y) {
		if (scene == null) {
			return Integer.MIN_VALUE;
		}
		updateViewport();
		int triangle = Picker.pick(scene, camera.ray(x, y));
		return triangle < 0 ? Integer.MIN_VALUE : scene.featureOfTriangle(triangle);
	}

	/**
	 * Renders a frame now and shows it.
	 *
	 * @param finish wait until OpenGL has drawn it (for measuring frame rates)
	 */
	public void render(boolean finish) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		Point size = updateViewport();
		current();
		renderer.draw(camera, size.x, size.y, hiddenEdges);
		if (finish) {
			GL11.glFinish();
		}
		canvas.swapBuffers();
		frames++;
	}

	/**
	 * Renders a frame and reads it back (what the next swap shows).
	 *
	 * @return the picture, 24-bit RGB
	 */
	public ImageData snapshot() {
		if (canvas == null) {
			throw new IllegalStateException(unavailable);
		}
		Point size = updateViewport();
		current();
		renderer.draw(camera, size.x, size.y, hiddenEdges);
		byte[] rgb = GlRenderer.read(size.x, size.y);
		canvas.swapBuffers();
		ImageData image = new ImageData(size.x, size.y, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF), 1, rgb);
		return image;
	}

	/** @return how many frames were drawn so far */
	public long frames() {
		return frames;
	}

	private Point updateViewport() {
		Point size = canvas == null ? body.getSize() : canvas.getSize();
		camera.viewport(size.x, size.y);
		return new Point(Math.max(1, size.x), Math.max(1, size.y));
	}

	private void current() {
		canvas.setCurrent();
		GL.setCapabilities(capabilities);
	}

	private void dispose() {
		if (renderer != null && capabilities != null) {
			current();
			renderer.dispose();
			GL.setCapabilities(null);
		}
	}
}
