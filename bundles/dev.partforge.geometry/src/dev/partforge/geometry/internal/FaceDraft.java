// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry.internal;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.Face;
import dev.partforge.geometry.Loop;
import dev.partforge.geometry.Surface;

/** A face under construction: features add inner loops to their host face before it is frozen. */
public final class FaceDraft {
	private final Surface surface;
	private final boolean sameSense;
	private final Loop outer;
	private final List<Loop> inner = new ArrayList<>();

	/**
	 * @param surface   carrier surface
	 * @param sameSense outward normal equals the surface normal
	 * @param outer     outer loop
	 */
	public FaceDraft(Surface surface, boolean sameSense, Loop outer) {
		this.surface = surface;
		this.sameSense = sameSense;
		this.outer = outer;
	}

	/** @param loop an inner loop, clockwise seen from the outward normal */
	public void addInner(Loop loop) {
		inner.add(loop);
	}

	/** @return the frozen face */
	public Face toFace() {
		return new Face(surface, sameSense, outer, inner);
	}
}
