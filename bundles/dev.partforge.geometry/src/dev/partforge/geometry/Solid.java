// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * A manifold solid bounded by one closed shell (STEP MANIFOLD_SOLID_BREP), in millimetres.
 *
 * <p>PartForge solids are built directly from recipes whose <b>features never interact</b>: every
 * feature lies in one host face of the stock, at a clearance from every other feature and from the
 * stock's edges, and no two feature volumes meet. The solid is therefore the stock's boundary with
 * local, independent edits (inner loops plus the feature's own faces) and no general boolean kernel
 * is needed. Recipe validation enforces this rule; geometry built otherwise is not a valid solid.
 *
 * @param name  a label (written to STEP)
 * @param shell the boundary
 */
public record Solid(String name, Shell shell) {
}
