// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.stl.tests;

import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.print.PrintExporter;
import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.MassProperties;
import dev.partforge.recipes.SolidBuilder;

/**
 * What an STL of a request must hold, from the exact solids: volume in output units and how far the mesh may be from
 * it ({@link PrintExporter#volumeTolerance}).
 *
 * @param volume    total exact volume, output units cubed
 * @param tolerance allowed difference, output units cubed
 * @param scale     output units per millimetre
 */
record Expected(double volume, double tolerance, double scale) {

	static Expected of(ExportRequest request) {
		double scale = 1 / request.settings().units().millimetres();
		double v = 0;
		double tol = 0;
		for (ExportPart p : request.parts()) {
			MassProperties m = BrepMassProperties.of(SolidBuilder.build(p.recipe()));
			v += m.volume();
			tol += PrintExporter.volumeTolerance(m);
		}
		double k = scale * scale * scale;
		return new Expected(v * k, tol * k, scale);
	}
}
