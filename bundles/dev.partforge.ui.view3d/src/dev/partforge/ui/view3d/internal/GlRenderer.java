// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.internal;

import java.nio.ByteBuffer;

import org.lwjgl.BufferUtils;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GL15;

/**
 * Draws a scene with OpenGL 1.5 (vertex buffer objects, fixed-function lighting: what every driver and Mesa's
 * software renderer offer): faces lit by a light at the eye, pushed back a little so the edges on them stay
 * visible, edges as dark lines, hidden edges optionally dashed. Call with this renderer's context current.
 */
final class GlRenderer {

	private static final float[] BACKGROUND = { 0.94f, 0.95f, 0.97f };
	private static final float[] EDGE = { 0.08f, 0.09f, 0.12f };
	private static final float[] HIDDEN_EDGE = { 0.40f, 0.42f, 0.48f };

	private final int[] vbo = new int[4];
	private int vertexCount;
	private int lineVertexCount;

	/** Sets up the fixed state and the buffers; once per context. */
	void init() {
		GL11.glEnable(GL11.GL_DEPTH_TEST);
		GL11.glShadeModel(GL11.GL_SMOOTH);
		GL11.glEnable(GL11.GL_LIGHT0);
		GL11.glLightfv(GL11.GL_LIGHT0, GL11.GL_AMBIENT, new float[] { 0.30f, 0.30f, 0.30f, 1 });
		GL11.glLightfv(GL11.GL_LIGHT0, GL11.GL_DIFFUSE, new float[] { 0.75f, 0.75f, 0.75f, 1 });
		GL11.glLightfv(GL11.GL_LIGHT0, GL11.GL_SPECULAR, new float[] { 0, 0, 0, 1 });
		GL11.glLightModelfv(GL11.GL_LIGHT_MODEL_AMBIENT, new float[] { 0.15f, 0.15f, 0.15f, 1 });
		GL11.glColorMaterial(GL11.GL_FRONT_AND_BACK, GL11.GL_AMBIENT_AND_DIFFUSE);
		GL11.glEnable(GL11.GL_COLOR_MATERIAL);
		GL11.glLineStipple(2, (short) 0x3333);
		GL15.glGenBuffers(vbo);
	}

	/** Loads a scene's triangles, normals, colours and edges into the buffers. */
	void upload(SceneBuffers buffers, float[] colours) {
		vertexCount = buffers.vertices().length / 3;
		lineVertexCount = buffers.lines().length / 3;
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[0]);
		GL15.glBufferData(GL15.GL_ARRAY_BUFFER, buffers.vertices(), GL15.GL_STATIC_DRAW);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[1]);
		GL15.glBufferData(GL15.GL_ARRAY_BUFFER, buffers.normals(), GL15.GL_STATIC_DRAW);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[3]);
		GL15.glBufferData(GL15.GL_ARRAY_BUFFER, buffers.lines(), GL15.GL_STATIC_DRAW);
		colours(colours);
	}

	/** Replaces the vertex colours (after a pick). */
	void colours(float[] colours) {
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[2]);
		GL15.glBufferData(GL15.GL_ARRAY_BUFFER, colours, GL15.GL_DYNAMIC_DRAW);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, 0);
	}

	/** Draws one frame into the back buffer. */
	void draw(Camera camera, int width, int height, boolean hiddenEdges) {
		GL11.glViewport(0, 0, width, height);
		GL11.glClearColor(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2], 1);
		GL11.glClear(GL11.GL_COLOR_BUFFER_BIT | GL11.GL_DEPTH_BUFFER_BIT);
		GL11.glMatrixMode(GL11.GL_PROJECTION);
		GL11.glLoadMatrixd(camera.projectionMatrix());
		GL11.glMatrixMode(GL11.GL_MODELVIEW);
		GL11.glLoadIdentity();
		GL11.glLightfv(GL11.GL_LIGHT0, GL11.GL_POSITION, new float[] { 0.3f, 0.4f, 1, 0 });
		GL11.glLoadMatrixd(camera.viewMatrix());
		if (vertexCount == 0) {
			return;
		}
		faces();
		if (hiddenEdges) {
			edges(GL11.GL_GREATER, HIDDEN_EDGE, true);
		}
		edges(GL11.GL_LEQUAL, EDGE, false);
	}

	private void faces() {
		GL11.glEnable(GL11.GL_LIGHTING);
		GL11.glEnable(GL11.GL_POLYGON_OFFSET_FILL);
		GL11.glPolygonOffset(1, 1);
		GL11.glEnableClientState(GL11.GL_VERTEX_ARRAY);
		GL11.glEnableClientState(GL11.GL_NORMAL_ARRAY);
		GL11.glEnableClientState(GL11.GL_COLOR_ARRAY);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[0]);
		GL11.glVertexPointer(3, GL11.GL_FLOAT, 0, 0L);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[1]);
		GL11.glNormalPointer(GL11.GL_FLOAT, 0, 0L);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[2]);
		GL11.glColorPointer(3, GL11.GL_FLOAT, 0, 0L);
		GL11.glDrawArrays(GL11.GL_TRIANGLES, 0, vertexCount);
		GL11.glDisableClientState(GL11.GL_NORMAL_ARRAY);
		GL11.glDisableClientState(GL11.GL_COLOR_ARRAY);
		GL11.glDisable(GL11.GL_POLYGON_OFFSET_FILL);
		GL11.glDisable(GL11.GL_LIGHTING);
	}

	private void edges(int depthFunc, float[] colour, boolean dashed) {
		GL11.glDepthFunc(depthFunc);
		GL11.glDepthMask(!dashed);
		if (dashed) {
			GL11.glEnable(GL11.GL_LINE_STIPPLE);
		}
		GL11.glLineWidth(dashed ? 1f : 1.5f);
		GL11.glColor3f(colour[0], colour[1], colour[2]);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, vbo[3]);
		GL11.glVertexPointer(3, GL11.GL_FLOAT, 0, 0L);
		GL11.glDrawArrays(GL11.GL_LINES, 0, lineVertexCount);
		GL15.glBindBuffer(GL15.GL_ARRAY_BUFFER, 0);
		GL11.glDisable(GL11.GL_LINE_STIPPLE);
		GL11.glDepthMask(true);
		GL11.glDepthFunc(GL11.GL_LESS);
		if (!dashed) {
			GL11.glDisableClientState(GL11.GL_VERTEX_ARRAY);
		}
	}

	/**
	 * Reads the back buffer (call after {@link #draw}, before the buffers are swapped).
	 *
	 * @return RGB rows from the top, 3 bytes per pixel
	 */
	static byte[] read(int width, int height) {
		ByteBuffer buffer = BufferUtils.createByteBuffer(width * height * 3);
		GL11.glPixelStorei(GL11.GL_PACK_ALIGNMENT, 1);
		GL11.glReadBuffer(GL11.GL_BACK);
		GL11.glReadPixels(0, 0, width, height, GL11.GL_RGB, GL11.GL_UNSIGNED_BYTE, buffer);
		byte[] rgb = new byte[width * height * 3];
		for (int row = 0; row < height; row++) {
			buffer.position((height - 1 - row) * width * 3);
			buffer.get(rgb, row * width * 3, width * 3);
		}
		return rgb;
	}

	/** Frees the buffers. */
	void dispose() {
		GL15.glDeleteBuffers(vbo);
	}
}
