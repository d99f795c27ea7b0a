// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.partforge.check.AnswerKind;
import dev.partforge.check.AnswerSource;
import dev.partforge.check.AnswerUnit;
import dev.partforge.check.CheckOutcome;
import dev.partforge.check.EnteredAnswer;
import dev.partforge.check.ExactPart;
import dev.partforge.check.ValueAnswer;
import dev.partforge.check.step.StepAnswer;
import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.model.StoredPart;
import dev.partforge.practice.CheckedAnswers;
import dev.partforge.practice.PartLibrary;
import dev.partforge.store.PartStore;

/**
 * {@code partforge check --part ID --mass GRAMS | --volume VALUE[mm3|in3]}: checks an answer against the exact part
 * and records the attempt with what was entered and the result. Each way of answering is one {@link AnswerOption}
 * (an option and how its value becomes an {@link AnswerSource}); a new one (e.g. a model file) is one more entry.
 */
@Component(service = CliCommand.class)
public final class CheckCommand implements CliCommand {

	/**
	 * One way of answering on the command line.
	 *
	 * @param option the option, e.g. {@code --mass}
	 * @param help its line in the usage
	 * @param source how its value becomes an answer; an IllegalArgumentException is a usage error
	 */
	record AnswerOption(String option, String help, Function<String, AnswerSource> source) {
	}

	/** The ways of answering, in the order the usage lists them. */
	static final List<AnswerOption> ANSWERS = List.of( //
			new AnswerOption("--mass", "--mass GRAMS          the part's mass in grams, for its material",
					v -> ValueAnswer.parse(v, AnswerKind.MASS, AnswerUnit.G)),
			new AnswerOption("--volume", "--volume VALUE[UNIT]  the part's volume; UNIT mm3 (default) or in3",
					v -> ValueAnswer.parse(v, AnswerKind.VOLUME, AnswerUnit.MM3)),
			new AnswerOption("--step", "--step FILE           your model as a STEP file (AP203, AP214, AP242): volume, area,"
					+ " principal moments and extents", v -> new StepAnswer(Paths.get(v).toAbsolutePath().normalize())));

	private final PartStore store;
	private final PartLibrary library;

	/**
	 * @param store the store
	 * @param library the part library
	 */
	@Activate
	public CheckCommand(@Reference PartStore store, @Reference PartLibrary library) {
		this.store = store;
		this.library = library;
	}

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "check an answer (mass, volume or a STEP model) against the exact part and record the attempt";
	}

	@Override
	public String usage() {
		StringBuilder usage = new StringBuilder("Usage: partforge check --part ID (");
		usage.append(String.join(" | ", ANSWERS.stream().map(a -> a.help().substring(0, a.help().indexOf("  ")).trim())
				.toList()));
		usage.append(") [--time SECONDS] [--json]\n");
		ANSWERS.forEach(a -> usage.append("  ").append(a.help()).append('\n'));
		usage.append("""
				  --time SECONDS        time spent on the attempt (default 0)
				Within the tolerance (preference check.tolerance, percent, default 0.5) the attempt counts as correct
				and completed. Exit code 0 when correct, 1 when not; the attempt is recorded either way.""");
		return usage.toString();
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("check").options(options()).flags("--json").parse(args);
		a.required("--part");
		String partId = a.text("--part", Limits.ID).orElseThrow();
		List<AnswerOption> given = ANSWERS.stream().filter(o -> a.value(o.option()).isPresent()).toList();
		if (given.size() != 1) {
			throw CliException.usage("check: give exactly one answer: "
					+ String.join(", ", ANSWERS.stream().map(AnswerOption::option).toList()));
		}
		AnswerOption option = given.get(0);
		String value = a.text(option.option(), Args.MAX_ARGUMENT).orElseThrow();
		AnswerSource answer;
		try {
			answer = option.source().apply(value);
		} catch (IllegalArgumentException e) {
			throw CliException.usage("check: " + option.option() + ": " + e.getMessage());
		}
		double seconds = a.doubleValue("--time", 0, Limits.TIME_SECONDS).orElse(0.0);
		try {
			StoredPart part = store.getPart(partId)
					.orElseThrow(() -> new CliException("check: no part with id " + partId));
			ExactPart exact = CheckedAnswers.exactPart(library, part);
			CheckOutcome outcome;
			try {
				outcome = answer.check(exact, CheckedAnswers.tolerance(store));
			} catch (IOException e) {
				throw new CliException("check: " + e.getMessage(), e);
			}
			long id = store.addRecord(
					CheckedAnswers.record(partId, Math.round(seconds * 1000), answer.entered(), outcome));
			print(context, a.has("--json"), partId, id, answer.entered(), outcome, exact);
			return outcome.correct() ? 0 : CliException.FAILURE;
		} catch (RuntimeException e) {
			throw StoreCli.failure("check", e);
		}
	}

	private static String[] options() {
		List<String> names = new ArrayList<>(List.of("--part", "--time"));
		ANSWERS.forEach(o -> names.add(o.option()));
		return names.toArray(String[]::new);
	}

	private static void print(CliContext context, boolean json, String partId, long id, EnteredAnswer entered,
			CheckOutcome outcome, ExactPart exact) {
		if (json) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("partId", partId);
			map.put("record", id);
			map.put("result", outcome.correct() ? "CORRECT" : "INCORRECT");
			map.put("answerKind", entered.kind().name());
			map.put("answerValue", entered.value());
			map.put("answerUnit", entered.unit());
			map.put("exact", outcome.exact());
			map.put("deviation", outcome.deviationPercent());
			map.put("tolerance", outcome.tolerancePercent());
			map.put("material", exact.material().id());
			map.put("density", exact.material().density());
			outcome.hint().ifPresent(h -> map.put("hint", h));
			context.out().println(Json.write(map));
		} else {
			context.out().println(outcome.describe(entered.unit()));
			context.out().println("material: " + exact.material().describe() + "; recorded as attempt " + id);
		}
	}
}
