// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.print;

import dev.partforge.mesh.TriangleMesh;

/**
 * One part ready for a 3D-print file.
 *
 * @param id   the part's id
 * @param name the part's name
 * @param mesh its mesh, in millimetres, in the part's own coordinates
 */
public record PrintPart(String id, String name, TriangleMesh mesh) {
}
