// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.cli.SubCommands;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.PartFacts;
import dev.partforge.practice.PartLibrary;
import dev.partforge.recipes.InvalidRecipeException;
import dev.partforge.recipes.web.WebPart;
import dev.partforge.recipes.web.WebRecipeException;
import dev.partforge.recipes.web.WebRecipeImporter;
import dev.partforge.store.StoreException;

/**
 * {@code partforge import recipe FILE.json [--json]}: imports a web generator part recipe as a new part, all or
 * nothing; a recipe that cannot be represented exactly is refused with one line per reason.
 */
@Component(service = CliCommand.class)
public final class ImportCommand implements CliCommand {

	/** Recipe files larger than this are refused unread. */
	static final long MAX_BYTES = 4L << 20;

	private final PartLibrary library;

	/**
	 * Creates the command.
	 *
	 * @param library the part library
	 */
	@Activate
	public ImportCommand(@Reference PartLibrary library) {
		this.library = library;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import a part recipe of the web generator (JSON) as a new part";
	}

	@Override
	public String usage() {
		return """
				Usage: partforge import recipe FILE.json [--json]
				Reads a web generator part recipe (primitives and operations, or the older box with holes), maps it
				exactly onto a PartForge part (box or L-profile stock, holes, counterbores) and stores it under the
				recipe's id. A recipe that cannot be represented exactly is refused with one line per primitive or
				operation; an id that exists already is refused. Nothing is stored unless the whole part is.""";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		return SubCommands.of("import").on("recipe", this::recipe).run(context, args);
	}

	private int recipe(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("import recipe").flags("--json").positionals(1).parse(args);
		Path file = ExportOptions.path("import recipe", "FILE", a.positional(0, "FILE"));
		String text = read(file);
		WebPart part;
		try {
			part = WebRecipeImporter.read(text);
		} catch (WebRecipeException e) {
			for (String reason : e.reasons()) {
				context.err().println("partforge: import recipe " + file.getFileName() + ": " + reason);
			}
			throw new CliException("import recipe: nothing was imported from " + file);
		}
		StoredPart stored;
		try {
			stored = library.add(part.id(), part.recipe());
		} catch (StoreException | InvalidRecipeException e) {
			throw new CliException("import recipe: " + e.getMessage(), e);
		}
		PartFacts facts = library.facts(stored);
		Map<String, Object> json = GenerateCommand.describe(stored, facts);
		if (a.has("--json")) {
			context.out().println(Json.write(json));
		} else {
			context.out().printf(Locale.ROOT, "imported %s  %s  (%s, %s stock, %d features)%n  volume %.3f mm³, area %.3f mm²%n",
					stored.getId(), part.recipe().name(), json.get("difficulty"), part.recipe().stock().kind().id(),
					part.recipe().features().size(), facts.volume(), facts.area());
		}
		return 0;
	}

	private static String read(Path file) throws CliException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new CliException("import recipe: " + file + " is not a file");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new CliException("import recipe: " + file + " is larger than " + (MAX_BYTES >> 20) + " MiB; a part recipe is not");
			}
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new CliException("import recipe: " + file + " is not UTF-8 text, so it is no part recipe", e);
		} catch (IOException e) {
			throw new CliException("import recipe: cannot read " + file + ": " + e.getMessage(), e);
		}
	}
}
