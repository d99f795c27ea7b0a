// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 * Exact boundary representation of PartForge parts (millimetres): planes, cylinders and cones
 * bounded by lines and circles, with vertices, edges, oriented edges, loops, faces, one closed shell
 * per solid; mass properties from the faces ({@link dev.partforge.geometry.BrepMassProperties}) and
 * topology facts ({@link dev.partforge.geometry.TopologyReport}).
 *
 * <p>There is no boolean kernel. Parts are built from recipes whose <b>features never interact</b>:
 * each feature is a local edit of one host face, at a clearance from every other feature and from
 * the stock's edges. The recipe validator enforces the rule; builders rely on it.
 */
package dev.partforge.geometry;
