// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.partforge.check.step.internal.BrepFace;
import dev.partforge.check.step.internal.Entity;
import dev.partforge.check.step.internal.Part21File;
import dev.partforge.check.step.internal.Part21Parser;
import dev.partforge.check.step.internal.StepBrep;
import dev.partforge.check.step.internal.StepUnits;

/**
 * Reads the one solid of a STEP file (ISO 10303-21 clear text; AP203, AP214 or AP242 as written by
 * common CAD tools and OpenCASCADE) and computes its properties in millimetres, whatever length
 * unit the file uses. No Java library on Maven Central reads Part 21 and B-rep geometry, so the
 * parser is PartForge's own.
 */
public final class StepModelReader {

	private StepModelReader() {
	}

	/**
	 * @param file a STEP file
	 * @return its solid's properties
	 * @throws StepReadException with a one-line reason when the file cannot be checked
	 */
	public static StepModel read(Path file) throws StepReadException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			throw new StepReadException("cannot read " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		}
		return read(text);
	}

	/**
	 * @param text the content of a STEP file
	 * @return its solid's properties
	 * @throws StepReadException with a one-line reason when the text cannot be checked
	 */
	public static StepModel read(String text) throws StepReadException {
		Part21File f = Part21Parser.parse(text);
		String protocol = protocol(f.schemas());
		List<Entity> solids = new ArrayList<>();
		for (Entity e : f.entities().values()) {
			if (e.is("MANIFOLD_SOLID_BREP") || e.is("BREP_WITH_VOIDS")) {
				solids.add(e);
			} else if (e.is("FACETED_BREP")) {
				throw new StepReadException("unsupported STEP entity " + e.label() + ": a faceted (mesh) solid; export the part as an exact B-rep solid");
			}
		}
		if (solids.isEmpty()) {
			throw new StepReadException("the file holds no solid (MANIFOLD_SOLID_BREP)" + otherShapes(f) + "; export the part as a solid");
		}
		if (solids.size() > 1) {
			throw new StepReadException("the file holds " + solids.size() + " solids; export the one part as one solid");
		}
		Entity solid = solids.get(0);
		StepUnits units = StepUnits.of(f, context(f, solid));
		List<BrepFace> faces = StepBrep.faces(f, solid, units);
		return new StepModel(ModelProperties.ofFaces(faces), protocol, units.lengthName(), faces.size());
	}

	private static String protocol(List<String> schemas) throws StepReadException {
		for (String s : schemas) {
			String u = s.toUpperCase(Locale.ROOT);
			if (u.startsWith("CONFIG_CONTROL_DESIGN") || u.startsWith("AP203")) {
				return "AP203";
			}
			if (u.startsWith("AUTOMOTIVE_DESIGN") || u.startsWith("AP214")) {
				return "AP214";
			}
			if (u.startsWith("AP242")) {
				return "AP242";
			}
		}
		throw new StepReadException("unsupported STEP schema " + (schemas.isEmpty() ? "(none)" : String.join(", ", schemas))
				+ ": PartForge reads AP203, AP214 and AP242 files");
	}

	private static String otherShapes(Part21File f) {
		for (String t : List.of("SHELL_BASED_SURFACE_MODEL", "GEOMETRIC_CURVE_SET", "TESSELLATED_SOLID", "TRIANGULATED_FACE_SET")) {
			for (Entity e : f.entities().values()) {
				if (e.is(t)) {
					return ", only " + e.label();
				}
			}
		}
		return "";
	}

	/** @return the context of the representation that holds the solid, or the file's only unit context */
	private static Entity context(Part21File f, Entity solid) throws StepReadException {
		Entity.Ref ref = new Entity.Ref(solid.id());
		List<Entity> contexts = new ArrayList<>();
		for (Entity e : f.entities().values()) {
			if (e.is("GLOBAL_UNIT_ASSIGNED_CONTEXT")) {
				contexts.add(e);
			}
			List<Object> p = e.params();
			if (e.type().endsWith("REPRESENTATION") && p.size() >= 3 && p.get(1) instanceof List<?> items && items.contains(ref)) {
				return f.get(p.get(2));
			}
		}
		if (contexts.size() == 1) {
			return contexts.get(0);
		}
		throw new StepReadException("no shape representation holds the solid " + solid.label() + ", so its length unit is unknown");
	}
}
