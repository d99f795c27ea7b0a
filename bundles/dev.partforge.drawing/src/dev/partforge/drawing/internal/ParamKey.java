// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.drawing.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Names one recipe parameter stated by a dimension: the stock's or the i-th feature's. Its {@link #id()} is what
 * {@link dev.partforge.drawing.Entity.Dimension#param()} carries ({@code stock.height}, {@code F2.cbDiameter}).
 *
 * @param owner {@code stock} or {@code F<index>}
 * @param param the parameter
 */
record ParamKey(String owner, Param param) {

	/** The parameters a drawing states; {@link #id()} is the name used in dimension entities. */
	enum Param {
		/** Stock or boss height. */
		HEIGHT("height"),
		/** Stock width (diameter of round stock), slot or pocket width. */
		WIDTH("width"),
		/** Stock, slot or pocket length. */
		LENGTH("length"),
		/** First profile parameter of shaped stock. */
		A("a"),
		/** Second profile parameter of shaped stock. */
		B("b"),
		/** Corner fillet radius or chamfer size of the stock profile. */
		CORNER_SIZE("cornerSize"),
		/** Position from the host face's u datum. */
		U("u"),
		/** Position from the host face's v datum. */
		V("v"),
		/** Circular pattern centre, u. */
		PATTERN_CU("pattern.cu"),
		/** Circular pattern centre, v. */
		PATTERN_CV("pattern.cv"),
		/** Number of pattern instances. */
		PATTERN_COUNT("pattern.count"),
		/** Linear pattern step. */
		PATTERN_STEP("pattern.step"),
		/** Circular pattern pitch circle diameter. */
		PATTERN_PCD("pattern.pcd"),
		/** Hole or boss diameter. */
		DIAMETER("diameter"),
		/** Depth of a blind hole, pocket or slot. */
		DEPTH("depth"),
		/** Pocket corner radius. */
		CORNER_RADIUS("cornerRadius"),
		/** Counterbore diameter. */
		CB_DIAMETER("cbDiameter"),
		/** Counterbore depth. */
		CB_DEPTH("cbDepth"),
		/** Countersink diameter. */
		CS_DIAMETER("csDiameter"),
		/** Distance of a feature's centre from the axis of round stock, along u. */
		U_FROM_AXIS("uFromAxis"),
		/** Distance of a feature's centre from the axis of round stock, along v. */
		V_FROM_AXIS("vFromAxis"),
		/** Distance of a circular pattern's centre from the axis of round stock, along u. */
		PATTERN_CU_FROM_AXIS("pattern.cuFromAxis"),
		/** Distance of a circular pattern's centre from the axis of round stock, along v. */
		PATTERN_CV_FROM_AXIS("pattern.cvFromAxis");

		private final String id;

		Param(String id) {
			this.id = id;
		}

		/** @return the name in dimension entities */
		String id() {
			return id;
		}
	}

	/** @param param a stock parameter @return its key */
	static ParamKey stock(Param param) {
		return new ParamKey("stock", param);
	}

	/** @param index the feature's index in the recipe @param param the parameter @return its key */
	static ParamKey feature(int index, Param param) {
		return new ParamKey("F" + index, param);
	}

	/** @return the parameter's name in dimension entities, e.g. {@code F0.depth} */
	String id() {
		return owner + "." + param.id();
	}

	/** @param values values by key @return the same values by {@link #id()} */
	static Map<String, Double> ids(Map<ParamKey, Double> values) {
		Map<String, Double> out = new HashMap<>();
		values.forEach((k, v) -> out.put(k.id(), v));
		return out;
	}
}
