// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step.internal;

import java.util.List;
import java.util.Locale;

import dev.partforge.check.step.StepReadException;

/**
 * The length and plane-angle units of a representation context: SI units with their prefix and
 * conversion-based units (inch, degree) followed to their SI base.
 *
 * @param lengthName  the length unit's name ("millimetre", "inch", ...)
 * @param millimetres millimetres per length unit
 * @param radians     radians per plane-angle unit
 */
public record StepUnits(String lengthName, double millimetres, double radians) {

	/**
	 * @param file    the file
	 * @param context the context instance (GLOBAL_UNIT_ASSIGNED_CONTEXT part)
	 * @return its units
	 * @throws StepReadException when the context names no length unit
	 */
	public static StepUnits of(Part21File file, Entity context) throws StepReadException {
		List<Object> g = context.params("GLOBAL_UNIT_ASSIGNED_CONTEXT");
		if (g == null || g.isEmpty() || !(g.get(0) instanceof List<?> units)) {
			throw new StepReadException("the shape's context " + context.label() + " assigns no units");
		}
		String name = null;
		double mm = Double.NaN;
		double rad = 1;
		for (Object ref : units) {
			Entity u = file.get(ref);
			if (u.is("LENGTH_UNIT")) {
				mm = factor(file, u, 0);
				name = name(u);
			} else if (u.is("PLANE_ANGLE_UNIT")) {
				rad = factor(file, u, 0);
			}
		}
		if (name == null) {
			throw new StepReadException("the shape's context " + context.label() + " has no length unit");
		}
		return new StepUnits(name, mm, rad);
	}

	private static String name(Entity u) {
		List<Object> conv = u.params("CONVERSION_BASED_UNIT");
		if (conv != null && conv.get(0) instanceof String s) {
			return s.toLowerCase(Locale.ROOT);
		}
		List<Object> si = u.params("SI_UNIT");
		String prefix = si != null && si.get(0) instanceof Entity.Enum e ? e.name().toLowerCase(Locale.ROOT) : "";
		return prefix + "metre";
	}

	/** @return millimetres (length) or radians (angle) per unit */
	private static double factor(Part21File file, Entity u, int depth) throws StepReadException {
		if (depth > 8) {
			throw new StepReadException("the unit " + u.label() + " is defined in a circle");
		}
		List<Object> si = u.params("SI_UNIT");
		if (si != null) {
			double base = si.get(1) instanceof Entity.Enum e && e.name().equals("METRE") ? 1000 : 1;
			return base * prefix(si.get(0));
		}
		List<Object> conv = u.params("CONVERSION_BASED_UNIT");
		if (conv != null) {
			Entity m = file.get(conv.get(1));
			List<Object> p = m.params(m.is("MEASURE_WITH_UNIT") ? "MEASURE_WITH_UNIT" : m.type());
			double value = p.get(0) instanceof Entity.Typed t ? (Double) t.params().get(0) : (Double) p.get(0);
			return value * factor(file, file.get(p.get(1)), depth + 1);
		}
		throw new StepReadException("unsupported unit " + u.label() + ": PartForge reads SI and conversion-based units");
	}

	private static double prefix(Object p) throws StepReadException {
		if (!(p instanceof Entity.Enum e)) {
			return 1;
		}
		return switch (e.name()) {
		case "KILO" -> 1e3;
		case "HECTO" -> 1e2;
		case "DECA" -> 1e1;
		case "DECI" -> 1e-1;
		case "CENTI" -> 1e-2;
		case "MILLI" -> 1e-3;
		case "MICRO" -> 1e-6;
		case "NANO" -> 1e-9;
		default -> throw new StepReadException("unsupported SI prefix ." + e.name() + ".");
		};
	}
}
