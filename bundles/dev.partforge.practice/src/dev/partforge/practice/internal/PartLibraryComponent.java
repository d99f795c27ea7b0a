// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.practice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.partforge.export.ExportPart;
import dev.partforge.geometry.MassProperties;
import dev.partforge.metrics.Metrics;
import dev.partforge.model.ModelFactory;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartFacts;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.AnalyticMassProperties;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.DifficultyScore;
import dev.partforge.recipes.Recipe;
import dev.partforge.recipes.RecipeGenerator;
import dev.partforge.recipes.RecipeValidator;
import dev.partforge.recipes.Units;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;

/** The {@link PartLibrary} on the {@link PartStore} service. */
@Component(service = PartLibrary.class)
public final class PartLibraryComponent implements PartLibrary {

	/** Random seeds stay short enough to read out and type: 1 to 999,999. */
	static final long MAX_RANDOM_SEED = 999_999;

	private final PartStore store;
	private volatile Metrics metrics = Metrics.NONE;

	/**
	 * Creates the library.
	 *
	 * @param store the store parts go to
	 */
	@Activate
	public PartLibraryComponent(@Reference PartStore store) {
		this.store = store;
	}

	/**
	 * Times generation ({@code "generate"}) from now on (DS: optional, dynamic).
	 *
	 * @param service the metrics service
	 */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	void setMetrics(Metrics service) {
		metrics = service;
	}

	/** @param service the metrics service that goes away */
	void unsetMetrics(Metrics service) {
		if (metrics == service) {
			metrics = Metrics.NONE;
		}
	}

	@Override
	public StoredPart generate(Difficulty difficulty, OptionalLong seed, Units units, Optional<String> name)
			throws StoreException {
		return metrics.time("generate", () -> generateNow(difficulty, seed, units, name));
	}

	private StoredPart generateNow(Difficulty difficulty, OptionalLong seed, Units units, Optional<String> name) {
		long s = seed.orElseGet(() -> ThreadLocalRandom.current().nextLong(1, MAX_RANDOM_SEED + 1));
		String id = PartLibrary.partId(difficulty, s, units);
		Optional<StoredPart> existing = store.getPart(id);
		if (existing.isPresent() && (name.isEmpty() || name.get().equals(existing.get().getRecipe().getName()))) {
			return existing.get();
		}
		Recipe recipe = RecipeGenerator.generate(difficulty, s, units);
		if (name.isPresent()) {
			recipe = new Recipe(name.get(), recipe.seed(), recipe.difficulty(), recipe.units(),
					recipe.generatorVersion(), recipe.stock(), recipe.features());
		}
		StoredPart part = existing.orElseGet(ModelFactory.eINSTANCE::createStoredPart);
		part.setId(id);
		part.setRecipe(RecipeModels.toModel(id, recipe));
		return store.putPart(part);
	}

	@Override
	public List<StoredPart> generateAll(Difficulty difficulty, long firstSeed, int count, Units units)
			throws StoreException {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1, was " + count);
		}
		return metrics.time("generate.batch", () -> {
			List<StoredPart> parts = new ArrayList<>(count);
			List<StoredPart> fresh = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				long seed = firstSeed + i;
				String id = PartLibrary.partId(difficulty, seed, units);
				Optional<StoredPart> existing = store.getPart(id);
				if (existing.isPresent()) {
					parts.add(existing.get());
				} else {
					StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
					part.setId(id);
					part.setRecipe(RecipeModels.toModel(id, RecipeGenerator.generate(difficulty, seed, units)));
					parts.add(part);
					fresh.add(part);
				}
			}
			if (!fresh.isEmpty()) {
				store.putParts(fresh);
			}
			return parts;
		});
	}

	@Override
	public StoredPart add(String id, Recipe recipe) throws StoreException {
		RecipeValidator.validate(recipe);
		if (store.getPart(id).isPresent()) {
			throw new StoreException("a part with id " + id + " exists already; nothing was imported (existing parts are never changed)");
		}
		StoredPart part = ModelFactory.eINSTANCE.createStoredPart();
		part.setId(id);
		part.setRecipe(RecipeModels.toModel(id, recipe));
		return store.putPart(part);
	}

	@Override
	public Recipe recipe(StoredPart part) {
		Recipe recipe = RecipeModels.fromModel(part.getRecipe());
		RecipeValidator.validate(recipe);
		return recipe;
	}

	@Override
	public ExportPart exportPart(StoredPart part) {
		return new ExportPart(part.getId(), recipe(part), material(part).describe());
	}

	@Override
	public PartFacts facts(StoredPart part) {
		Recipe recipe = recipe(part);
		MassProperties m = AnalyticMassProperties.of(recipe);
		return new PartFacts(m.volume(), m.area(), m.bounds(), DifficultyScore.of(recipe));
	}
}
