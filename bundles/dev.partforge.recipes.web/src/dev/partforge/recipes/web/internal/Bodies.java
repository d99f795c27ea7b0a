// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a recipe's operations on bodies made of primitives: the result of {@code union},
 * {@code subtract} and {@code intersect} keeps the target's id and the tool is used up. What
 * PartForge cannot represent exactly is collected, one line per operation.
 */
final class Bodies {

	/** A body: the boxes united into its stock and the primitives cut from it. */
	static final class Body {
		final List<WebJson.Primitive> added = new ArrayList<>();
		final List<WebJson.Primitive> cut = new ArrayList<>();
	}

	private Bodies() {
	}

	/**
	 * @param r   the recipe
	 * @param why receives one line per operation that cannot be represented
	 * @return the bodies left after every operation, by id
	 */
	static Map<String, Body> replay(WebJson r, List<String> why) {
		Map<String, Body> bodies = new LinkedHashMap<>();
		for (WebJson.Primitive p : r.primitives()) {
			Body b = new Body();
			b.added.add(p);
			if (bodies.put(p.id(), b) != null) {
				why.add("primitive id '" + p.id() + "' is used twice");
			}
		}
		for (WebJson.Operation op : r.operations()) {
			String what = "operation " + op.index() + " (" + op.type() + " '" + op.target() + "' by '" + op.tool() + "')";
			Body target = bodies.get(op.target());
			Body tool = bodies.get(op.tool());
			if (target == null || tool == null || target == tool) {
				why.add(what + ": " + (target == tool && target != null ? "a body cannot operate on itself"
						: "'" + (target == null ? op.target() : op.tool()) + "' is no primitive or was used up by an earlier operation"));
				continue;
			}
			bodies.remove(op.tool());
			switch (op.type()) {
			case "union" -> {
				if (!target.cut.isEmpty() || !tool.cut.isEmpty()) {
					why.add(what + ": a union after a subtraction is not mapped (unite the stock first, then cut)");
				}
				target.added.addAll(tool.added);
			}
			case "subtract", "difference", "cut" -> {
				if (!tool.cut.isEmpty()) {
					why.add(what + ": a tool that has cuts of its own is not mapped");
				}
				target.cut.addAll(tool.added);
			}
			case "intersect", "intersection" -> why.add(what + ": an intersection cannot be represented exactly (PartForge parts are a stock with cuts)");
			default -> why.add(what + ": unknown operation type '" + op.type() + "' (union, subtract or intersect)");
			}
		}
		return bodies;
	}
}
