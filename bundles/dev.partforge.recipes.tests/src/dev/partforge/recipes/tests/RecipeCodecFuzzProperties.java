// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.recipes.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeCodec;
import dev.partforge.recipes.RecipeElement;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.Units;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of {@link RecipeCodec#decode}: stored elements with any kind, any parameter names and any values (NaN,
 * infinities, huge, negative, fractional codes) either decode or are refused with {@link InvalidRecipeException};
 * no other exception escapes, and what decodes encodes again with finite values and bounded pattern counts.
 */
final class RecipeCodecFuzzProperties {

	private static final List<String> KINDS = List.of("block", "round", "l-profile", "t-profile", "u-profile",
			"stepped-profile", "hole", "counterbore", "countersink", "pocket", "slot", "boss", "", "HOLE", "h\u00f6le");
	private static final List<String> NAMES = List.of("width", "length", "height", "a", "b", "corner", "cornerSize",
			"u", "v", "diameter", "depth", "through", "cbDiameter", "cbDepth", "csDiameter", "cornerRadius", "pattern",
			"count", "du", "dv", "cu", "cv", "step", "unknown");

	@Property(tries = 100_000)
	void decodeRefusesBadInputWithInvalidRecipeOnly(@ForAll("elements") RecipeElement stock,
			@ForAll("featureLists") List<RecipeElement> features, @ForAll Difficulty level, @ForAll Units units) {
		Recipe decoded;
		try {
			decoded = RecipeCodec.decode("fuzz", 1, level, units, 1, stock, features);
		} catch (InvalidRecipeException refused) {
			return;
		}
		List<RecipeElement> again = new ArrayList<>(RecipeCodec.encodeFeatures(decoded));
		again.add(RecipeCodec.encodeStock(decoded));
		for (RecipeElement e : again) {
			e.params().forEach((name, value) -> assertTrue(Double.isFinite(value), e.kind() + " " + name + " = " + value));
			Double count = e.params().get("count");
			assertTrue(count == null || count >= 1 && count <= RecipeCodec.MAX_PATTERN_COUNT, e.kind() + " count " + count);
		}
	}

	@Property(tries = 2000)
	void corruptedGeneratedRecipesAreRefusedOrDecoded(@ForAll long seed, @ForAll Difficulty level,
			@ForAll("values") double value, @ForAll("names") String name) {
		Recipe r = RecipeGenerator.generate(level, seed, Units.MM);
		List<RecipeElement> features = RecipeCodec.encodeFeatures(r).stream().map(e -> {
			LinkedHashMap<String, Double> p = e.params();
			p.put(name, value);
			return new RecipeElement(e.kind(), e.face(), p);
		}).toList();
		try {
			RecipeCodec.decode(r.name(), r.seed(), level, Units.MM, r.generatorVersion(), RecipeCodec.encodeStock(r),
					features);
		} catch (InvalidRecipeException refused) {
			// the only accepted way to refuse
		}
	}

	@Provide
	Arbitrary<Double> values() {
		return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
				Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 0.0, -0.0, 0.5, 1.0, 2.0, 3.0, -1.0, 1e9,
				(double) Integer.MAX_VALUE + 1, (double) Integer.MIN_VALUE - 1, 2.5, 99.0, 100.0, 101.0),
				Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.integers().between(-3, 120).map(i -> (double) i));
	}

	@Provide
	Arbitrary<String> names() {
		return Arbitraries.of(NAMES);
	}

	@Provide
	Arbitrary<RecipeElement> elements() {
		Arbitrary<LinkedHashMap<String, Double>> params = Arbitraries.maps(names(), values()).ofMaxSize(NAMES.size())
				.map(LinkedHashMap::new);
		Arbitrary<String> kinds = Arbitraries.oneOf(Arbitraries.of(KINDS), Arbitraries.strings().ofMaxLength(8));
		Arbitrary<String> faces = Arbitraries.oneOf(Arbitraries.of("", "top", "front", "side", "x"),
				Arbitraries.strings().ofMaxLength(6));
		return Combinators.combine(kinds, faces, params).as(RecipeElement::new);
	}

	@Provide
	Arbitrary<List<RecipeElement>> featureLists() {
		return elements().list().ofMaxSize(4);
	}
}
