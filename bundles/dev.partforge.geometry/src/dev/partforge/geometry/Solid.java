// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

import java.util.Collections;
import java.util.List;

/**
 * A manifold solid bounded by one closed shell (STEP MANIFOLD_SOLID_BREP), in millimetres.
 *
 * <p>PartForge solids are built directly from recipes whose <b>features never interact</b>: every
 * feature lies in one host face of the stock, at a clearance from every other feature and from the
 * stock's edges, and no two feature volumes meet. The solid is therefore the stock's boundary with
 * local, independent edits (inner loops plus the feature's own faces) and no general boolean kernel
 * is needed. Recipe validation enforces this rule; geometry built otherwise is not a valid solid.
 *
 * <p>Each face remembers which recipe feature created it ({@link #featureOf(int)}), so that a view
 * can highlight the feature a picked face belongs to.
 *
 * @param name          a label (written to STEP)
 * @param shell         the boundary
 * @param featureOfFace per face of {@code shell().faces()}, in that order: the index of the recipe feature
 *                      that created the face, or {@link #STOCK} for the stock's own faces (a host face
 *                      keeps {@link #STOCK} when a feature opens an inner loop in it)
 */
public record Solid(String name, Shell shell, List<Integer> featureOfFace) {

	/** The {@link #featureOf(int) origin} of a face that belongs to the stock. */
	public static final int STOCK = -1;

	/** Copies the origins and checks there is one per face. */
	public Solid {
		featureOfFace = List.copyOf(featureOfFace);
		if (featureOfFace.size() != shell.faces().size()) {
			throw new IllegalArgumentException(
					featureOfFace.size() + " face origins for " + shell.faces().size() + " faces");
		}
	}

	/**
	 * A solid whose faces all belong to the stock.
	 *
	 * @param name  a label
	 * @param shell the boundary
	 */
	public Solid(String name, Shell shell) {
		this(name, shell, Collections.nCopies(shell.faces().size(), STOCK));
	}

	/**
	 * @param faceIndex index into {@code shell().faces()}
	 * @return the index of the recipe feature that created that face, or {@link #STOCK}
	 */
	public int featureOf(int faceIndex) {
		return featureOfFace.get(faceIndex);
	}
}
