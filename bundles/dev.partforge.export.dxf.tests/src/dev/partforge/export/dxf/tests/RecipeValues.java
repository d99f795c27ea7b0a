// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.dxf.tests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.partforge.recipes.Boss;
import dev.partforge.recipes.Counterbore;
import dev.partforge.recipes.Countersink;
import dev.partforge.recipes.Feature;
import dev.partforge.recipes.Hole;
import dev.partforge.recipes.Pattern;
import dev.partforge.recipes.Pocket;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.Slot;

/**
 * The recipe's parameters by the names drawings use (stock.width, F2.u, F2.uFromAxis, F2.pattern.pcd, ...), taken
 * from the recipe itself, never from a drawing: what each dimension must measure.
 */
final class RecipeValues {

	private RecipeValues() {
	}

	static Map<String, Double> of(Recipe r) {
		Map<String, Double> m = new LinkedHashMap<>();
		m.put("stock.width", r.stock().width());
		m.put("stock.length", r.stock().length());
		m.put("stock.height", r.stock().height());
		m.put("stock.a", r.stock().a());
		m.put("stock.b", r.stock().b());
		m.put("stock.cornerSize", r.stock().cornerSize());
		List<Feature> fs = r.features();
		for (int i = 0; i < fs.size(); i++) {
			String id = "F" + i + ".";
			Feature f = fs.get(i);
			m.put(id + "u", f.u());
			m.put(id + "v", f.v());
			// round stock: positions from the stock's axis
			double axis = r.stock().width() / 2;
			m.put(id + "uFromAxis", Math.abs(f.u() - axis));
			m.put(id + "vFromAxis", Math.abs(f.v() - axis));
			switch (f) {
			case Hole h -> m.put(id + "diameter", h.diameter());
			case Counterbore h -> m.put(id + "diameter", h.diameter());
			case Countersink h -> m.put(id + "diameter", h.diameter());
			case Boss b -> {
				m.put(id + "diameter", b.diameter());
				m.put(id + "height", b.height());
			}
			case Pocket p -> {
				m.put(id + "length", p.length());
				m.put(id + "width", p.width());
				m.put(id + "cornerRadius", p.cornerRadius());
			}
			case Slot s -> {
				m.put(id + "length", s.length());
				m.put(id + "width", s.width());
			}
			}
			switch (f.pattern()) {
			case Pattern.Linear l -> m.put(id + "pattern.step", Math.abs(l.du()) + Math.abs(l.dv()));
			case Pattern.Circular c -> {
				m.put(id + "pattern.cu", c.cu());
				m.put(id + "pattern.cv", c.cv());
				m.put(id + "pattern.cuFromAxis", Math.abs(c.cu() - r.stock().width() / 2));
				m.put(id + "pattern.cvFromAxis", Math.abs(c.cv() - r.stock().width() / 2));
				m.put(id + "pattern.pcd", 2 * Math.hypot(f.u() - c.cu(), f.v() - c.cv()));
			}
			case Pattern.None n -> {
				// nothing to measure
			}
			}
		}
		return m;
	}
}
