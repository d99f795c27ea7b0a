// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 * Triangle meshes of exact PartForge solids for display and 3D printing: {@link dev.partforge.mesh.Tessellator}
 * turns a {@link dev.partforge.geometry.Solid} into a watertight, consistently oriented
 * {@link dev.partforge.mesh.TriangleMesh} within a chord and an angle tolerance, keeping per triangle the B-rep face
 * it came from and per face the recipe feature that created it.
 */
package dev.partforge.mesh;
