// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.geometry.BoundingBox;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartFacts;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.Difficulty;
import dev.partforge.recipes.Units;
import dev.partforge.store.StoreException;

/**
 * {@code partforge generate --difficulty LEVEL [--seed N] [--units mm|inch] [--json]}: generates a practice part
 * from a seeded recipe, stores it and prints its facts.
 */
@Component(service = CliCommand.class)
public final class GenerateCommand implements CliCommand {

	/** Largest accepted seed: every seed stays exact as a JSON number. */
	static final long MAX_SEED = (1L << 53) - 1;

	private final PartLibrary library;

	/**
	 * Creates the command.
	 *
	 * @param library the part library
	 */
	@Activate
	public GenerateCommand(@Reference PartLibrary library) {
		this.library = library;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String summary() {
		return "generate a practice part from a seeded recipe and store it";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge generate --difficulty beginner|intermediate|expert [--seed N] [--units mm|inch] [--json]
				Generates a part (the same level, seed and units always give the same part), stores it and prints
				its id, name, difficulty, difficulty score, seed, volume (mm³), area (mm²) and bounding box (mm).
				Without --seed a random seed from 1 to 999999 is used.""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("generate").flags("--json").options("--difficulty", "--seed", "--units").parse(args);
		Difficulty difficulty = Args.parseEnum("generate: --difficulty", a.required("--difficulty"), Difficulty.class);
		Units units = a.enumValue("--units", Units.class).orElse(Units.MM);
		OptionalLong seed = OptionalLong.empty();
		if (a.value("--seed").isPresent()) {
			long s = a.longValue("--seed").orElseThrow();
			if (s < 0 || s > MAX_SEED) {
				throw CliException.usage("generate: --seed must be between 0 and " + MAX_SEED + ", got " + s);
			}
			seed = OptionalLong.of(s);
		}
		context.monitor().beginTask("Generating a part (" + difficulty.name().toLowerCase(Locale.ROOT) + ")", 2);
		StoredPart part;
		try {
			part = library.generate(difficulty, seed, units);
		} catch (StoreException e) {
			throw new CliException(e.getMessage(), e);
		}
		context.monitor().worked(1);
		PartFacts facts = library.facts(part);
		context.monitor().worked(1);
		context.monitor().done();
		Map<String, Object> json = describe(part, facts);
		if (a.has("--json")) {
			context.out().println(Json.write(json));
		} else {
			context.out().printf(Locale.ROOT, "%s  %s  (%s, score %d, seed %d)%n  volume %.3f mm³, area %.3f mm²%n",
					part.getId(), part.getRecipe().getName(), json.get("difficulty"), facts.difficultyScore(),
					part.getRecipe().getSeed(), facts.volume(), facts.area());
		}
		return 0;
	}

	static Map<String, Object> describe(StoredPart part, PartFacts facts) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", part.getId());
		json.put("name", part.getRecipe().getName());
		json.put("difficulty", part.getRecipe().getDifficulty().getName().toLowerCase(Locale.ROOT));
		json.put("difficultyScore", facts.difficultyScore());
		json.put("seed", part.getRecipe().getSeed());
		json.put("units", part.getRecipe().getUnits().getName().toLowerCase(Locale.ROOT));
		json.put("volume", facts.volume());
		json.put("area", facts.area());
		BoundingBox b = facts.bounds();
		Map<String, Object> bbox = new LinkedHashMap<>();
		bbox.put("min", List.of(b.min().x(), b.min().y(), b.min().z()));
		bbox.put("max", List.of(b.max().x(), b.max().y(), b.max().z()));
		bbox.put("size", List.of(b.size().x(), b.size().y(), b.size().z()));
		json.put("bbox", bbox);
		return json;
	}
}
