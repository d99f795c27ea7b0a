// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.geometry;

/**
 * Mass properties of a solid in millimetre units.
 *
 * @param volume   volume in mm^3
 * @param area     surface area in mm^2
 * @param centroid centre of volume
 * @param bounds   axis-aligned bounding box
 */
public record MassProperties(double volume, double area, Vec3 centroid, BoundingBox bounds) {
}
