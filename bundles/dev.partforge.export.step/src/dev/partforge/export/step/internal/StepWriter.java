// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

import static dev.partforge.export.step.internal.StepEntities.list;
import static dev.partforge.export.step.internal.StepEntities.real;
import static dev.partforge.export.step.internal.StepEntities.str;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.partforge.geometry.BoundingBox;
import dev.partforge.geometry.BrepMassProperties;
import dev.partforge.geometry.Frame;
import dev.partforge.geometry.Vec3;

/**
 * Writes parts as an ISO 10303-21 file: AP214 (AUTOMOTIVE_DESIGN) or AP242, one product per part
 * with an ADVANCED_BREP_SHAPE_REPRESENTATION; several parts go under one assembly product, placed
 * side by side along x with a 20 mm gap (NEXT_ASSEMBLY_USAGE_OCCURRENCE + ITEM_DEFINED_TRANSFORMATION).
 * Lengths are written in the chosen unit (inch as CONVERSION_BASED_UNIT 25.4 mm), angles in radians.
 * Output depends only on the input (fixed time stamp in {@link StepOptions}); numbers never use the
 * default locale.
 */
public final class StepWriter {

	/** Gap between parts of an assembly, in millimetres. */
	public static final double ASSEMBLY_GAP = 20;

	private StepWriter() {
	}

	/**
	 * @param parts   one part, or several for an assembly
	 * @param options schema, unit, header data
	 * @param target  stream to write to (not closed)
	 * @throws IOException when the stream fails
	 */
	public static void write(List<StepPart> parts, StepOptions options, OutputStream target) throws IOException {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("nothing to export: the part list is empty");
		}
		StepEntities e = new StepEntities();
		boolean ap242 = options.schema() == StepOptions.Schema.AP242;
		String app = e.add(ap242 ? "APPLICATION_CONTEXT('managed model based 3d engineering')"
				: "APPLICATION_CONTEXT('automotive design')");
		e.add(ap242 ? "APPLICATION_PROTOCOL_DEFINITION('international standard','ap242_managed_model_based_3d_engineering',2014," + app + ")"
				: "APPLICATION_PROTOCOL_DEFINITION('international standard','automotive_design',2000," + app + ")");
		String pc = e.add("PRODUCT_CONTEXT(''," + app + ",'mechanical')");
		String pdc = e.add("PRODUCT_DEFINITION_CONTEXT('part definition'," + app + ",'design')");
		String ctx = context(e, options.unit());
		StepGeometry g = new StepGeometry(e, options.unit().millimetres());
		List<String[]> defs = new ArrayList<>();
		for (StepPart p : parts) {
			String pd = product(e, pc, pdc, p.id(), p.name(), p.description(), "part");
			String origin = g.axis(Frame.WORLD);
			String brep = g.solid(p.solid());
			String rep = e.add("ADVANCED_BREP_SHAPE_REPRESENTATION(" + str(p.name()) + "," + list(List.of(origin, brep)) + "," + ctx + ")");
			e.add("SHAPE_DEFINITION_REPRESENTATION(" + e.add("PRODUCT_DEFINITION_SHAPE('',''," + pd + ")") + "," + rep + ")");
			defs.add(new String[] { pd, origin, rep });
		}
		if (parts.size() > 1) {
			assembly(e, g, pc, pdc, ctx, parts, defs);
		}
		Writer w = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.US_ASCII));
		w.write("ISO-10303-21;\nHEADER;\n");
		w.write("FILE_DESCRIPTION(('PartForge practice part'),'2;1');\n");
		w.write("FILE_NAME(" + str(options.fileName()) + "," + str(options.timestamp()) + ",('PartForge'),('PartForge'),"
				+ "'PartForge STEP writer 1.0','PartForge','');\n");
		w.write(ap242 ? "FILE_SCHEMA(('AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF { 1 0 10303 442 1 1 4 }'));\n"
				: "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\n");
		w.write("ENDSEC;\nDATA;\n");
		e.writeTo(w);
		w.write("ENDSEC;\nEND-ISO-10303-21;\n");
		w.flush();
	}

	private static String product(StepEntities e, String pc, String pdc, String id, String name, String desc, String category) {
		String prod = e.add("PRODUCT(" + str(id) + "," + str(name) + "," + str(desc) + ",(" + pc + "))");
		e.add("PRODUCT_RELATED_PRODUCT_CATEGORY(" + str(category) + ",$,(" + prod + "))");
		String pdf = e.add("PRODUCT_DEFINITION_FORMATION('',''," + prod + ")");
		return e.add("PRODUCT_DEFINITION('design',''," + pdf + "," + pdc + ")");
	}

	private static String context(StepEntities e, StepOptions.LengthUnit unit) {
		String mm = e.add("(LENGTH_UNIT()NAMED_UNIT(*)SI_UNIT(.MILLI.,.METRE.))");
		String len = mm;
		if (unit == StepOptions.LengthUnit.INCH) {
			String dim = e.add("DIMENSIONAL_EXPONENTS(1.,0.,0.,0.,0.,0.,0.)");
			String m = e.add("LENGTH_MEASURE_WITH_UNIT(LENGTH_MEASURE(" + real(unit.millimetres()) + ")," + mm + ")");
			len = e.add("(CONVERSION_BASED_UNIT('INCH'," + m + ")LENGTH_UNIT()NAMED_UNIT(" + dim + "))");
		}
		String ang = e.add("(NAMED_UNIT(*)PLANE_ANGLE_UNIT()SI_UNIT($,.RADIAN.))");
		String sol = e.add("(NAMED_UNIT(*)SI_UNIT($,.STERADIAN.)SOLID_ANGLE_UNIT())");
		String unc = e.add("UNCERTAINTY_MEASURE_WITH_UNIT(LENGTH_MEASURE(" + real(1e-6 / unit.millimetres()) + ")," + len
				+ ",'distance_accuracy_value','confusion accuracy')");
		return e.add("(GEOMETRIC_REPRESENTATION_CONTEXT(3)GLOBAL_UNCERTAINTY_ASSIGNED_CONTEXT((" + unc + "))"
				+ "GLOBAL_UNIT_ASSIGNED_CONTEXT((" + len + "," + ang + "," + sol + "))REPRESENTATION_CONTEXT('Context #1','3D Context with UNIT and UNCERTAINTY'))");
	}

	private static void assembly(StepEntities e, StepGeometry g, String pc, String pdc, String ctx, List<StepPart> parts,
			List<String[]> defs) {
		String apd = product(e, pc, pdc, "PF-SET", "PartForge practice set", parts.size() + " parts", "assembly");
		List<String> items = new ArrayList<>();
		items.add(g.axis(Frame.WORLD));
		List<String> places = new ArrayList<>();
		double x = 0;
		for (StepPart p : parts) {
			BoundingBox b = BrepMassProperties.of(p.solid()).bounds();
			String place = g.axis(Frame.WORLD.translated(new Vec3(x - b.min().x(), -b.min().y(), -b.min().z())));
			places.add(place);
			items.add(place);
			x += b.size().x() + ASSEMBLY_GAP;
		}
		String arep = e.add("SHAPE_REPRESENTATION('PartForge practice set'," + list(items) + "," + ctx + ")");
		e.add("SHAPE_DEFINITION_REPRESENTATION(" + e.add("PRODUCT_DEFINITION_SHAPE('',''," + apd + ")") + "," + arep + ")");
		for (int i = 0; i < parts.size(); i++) {
			String[] d = defs.get(i);
			String nauo = e.add("NEXT_ASSEMBLY_USAGE_OCCURRENCE(" + str("NAUO" + (i + 1)) + "," + str(parts.get(i).name()) + ",''," + apd
					+ "," + d[0] + ",$)");
			String pds = e.add("PRODUCT_DEFINITION_SHAPE('Placement',''," + nauo + ")");
			String idt = e.add("ITEM_DEFINED_TRANSFORMATION(''," + "''," + d[1] + "," + places.get(i) + ")");
			String rel = e.add("(REPRESENTATION_RELATIONSHIP(''," + "''," + d[2] + "," + arep + ")"
					+ "REPRESENTATION_RELATIONSHIP_WITH_TRANSFORMATION(" + idt + ")SHAPE_REPRESENTATION_RELATIONSHIP())");
			e.add("CONTEXT_DEPENDENT_SHAPE_REPRESENTATION(" + rel + "," + pds + ")");
		}
	}
}
