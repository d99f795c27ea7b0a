// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import java.util.stream.Collectors;

import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeCodec;
import dev.partforge.recipes.RecipeElement;

/** A compact text form of a recipe (via the storage codec) for golden comparisons. */
final class Golden {

	private Golden() {
	}

	static String of(Recipe r) {
		StringBuilder b = new StringBuilder();
		b.append(r.name()).append('|').append(r.seed()).append('|').append(r.difficulty()).append('|').append(r.units()).append("|v")
				.append(r.generatorVersion()).append('\n');
		b.append(element(RecipeCodec.encodeStock(r)));
		for (RecipeElement e : RecipeCodec.encodeFeatures(r)) {
			b.append(element(e));
		}
		return b.toString();
	}

	private static String element(RecipeElement e) {
		return e.kind() + (e.face().isEmpty() ? "" : "@" + e.face()) + " "
				+ e.params().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining(" ")) + "\n";
	}
}
