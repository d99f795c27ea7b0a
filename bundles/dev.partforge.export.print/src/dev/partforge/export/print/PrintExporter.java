// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.print;

import java.util.ArrayList;
import java.util.List;

import dev.partforge.export.ExportException;
import dev.partforge.export.ExportPart;
import dev.partforge.export.ExportRequest;
import dev.partforge.export.PartsExporter;
import dev.partforge.geometry.BoundingBox;
import dev.partforge.geometry.MassProperties;
import dev.partforge.geometry.Solid;
import dev.partforge.geometry.Vec3;
import dev.partforge.mesh.Tessellator;
import dev.partforge.mesh.TriangleMesh;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.SolidBuilder;

/**
 * The 3D-print exporters' common step: each part's exact solid is tessellated at print tolerances
 * ({@link #CHORD_TOLERANCE}, {@link #ANGLE_TOLERANCE}) and placed on the build plate: the first part's lowest corner at
 * the origin, each further part beside the previous one along x with a {@link #GAP} between them. Subclasses write
 * the file, in the request's length unit.
 */
public abstract class PrintExporter extends PartsExporter<PrintPart> {

	/** Largest distance between a curved surface and its triangles, mm (a tenth of a typical print nozzle's layer). */
	public static final double CHORD_TOLERANCE = 0.01;
	/** Largest turn between neighbouring facets of a curved surface: 10 degrees. */
	public static final double ANGLE_TOLERANCE = Math.toRadians(10);
	/** Space between the parts of a practice set on the build plate, mm. */
	public static final double GAP = 20;

	/** @param format the format's name in progress and error messages */
	protected PrintExporter(String format) {
		super(format);
	}

	@Override
	protected final PrintPart prepare(ExportRequest request, int index) throws ExportException {
		ExportPart p = request.parts().get(index);
		Solid solid;
		try {
			solid = SolidBuilder.build(p.recipe());
		} catch (InvalidRecipeException e) {
			throw new ExportException("Part " + p.id() + " cannot be built: " + e.getMessage(), e);
		}
		return new PrintPart(p.id(), p.recipe().name(), Tessellator.tessellate(solid, CHORD_TOLERANCE, ANGLE_TOLERANCE));
	}

	/**
	 * @param parts the prepared parts
	 * @return per part, the offset (mm) that moves it to its place on the build plate
	 */
	protected static List<Vec3> offsets(List<PrintPart> parts) {
		List<Vec3> offsets = new ArrayList<>();
		double x = 0;
		for (PrintPart p : parts) {
			BoundingBox box = p.mesh().bounds();
			offsets.add(new Vec3(x - box.min().x(), -box.min().y(), -box.min().z()));
			x += box.size().x() + GAP;
		}
		return offsets;
	}

	/**
	 * @param mesh   a mesh in millimetres
	 * @param vertex one of its vertex indices
	 * @param offset where the part moves, mm
	 * @param scale  output units per millimetre
	 * @return the vertex on the build plate in output units
	 */
	protected static float[] placed(TriangleMesh mesh, int vertex, Vec3 offset, double scale) {
		Vec3 p = mesh.vertex(vertex).plus(offset);
		return new float[] { (float) (p.x() * scale), (float) (p.y() * scale), (float) (p.z() * scale) };
	}

	/**
	 * The promise these exporters make about volume: every facet lies within {@link #CHORD_TOLERANCE} of the exact
	 * surface, so the mesh encloses the exact volume up to that distance times the exact area (plus float rounding).
	 *
	 * @param exact the exact solid's mass properties (mm)
	 * @return the largest difference between the written mesh's volume and the exact one, mm³
	 */
	public static double volumeTolerance(MassProperties exact) {
		return CHORD_TOLERANCE * exact.area() + 1e-6 * exact.volume();
	}

	/**
	 * @param request the request
	 * @return output units per millimetre (1 for millimetres, 1 / 25.4 for inches)
	 */
	protected static double scale(ExportRequest request) {
		return 1 / request.settings().units().millimetres();
	}
}
