// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.check.step;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.partforge.check.AnswerKind;
import dev.partforge.check.AnswerSource;
import dev.partforge.check.AnswerUnit;
import dev.partforge.check.CheckOutcome;
import dev.partforge.check.EnteredAnswer;
import dev.partforge.check.ExactPart;
import dev.partforge.check.ValueAnswer;
import dev.partforge.recipes.SolidBuilder;

/**
 * An answer given as the user's own model in a STEP file ({@code partforge check --step FILE}): correct when
 * {@link StepCheck} finds every placement-independent quantity within the tolerance. The attempt records the
 * model's volume (mm\u00b3) as the entered value; the deviation is the volume's. When the volume is off, the
 * hint is the value check's (a missing or extra feature); when only other quantities are off, it names them.
 * Not thread-safe: {@link #entered()} reports the model read by the last {@link #check}.
 */
public final class StepAnswer implements AnswerSource {

	private final Path file;
	private double volume = Double.NaN;

	/** @param file the user's STEP file */
	public StepAnswer(Path file) {
		this.file = file;
	}

	@Override
	public EnteredAnswer entered() {
		return new EnteredAnswer(AnswerKind.STEP, volume, AnswerUnit.MM3.symbol());
	}

	@Override
	public CheckOutcome check(ExactPart part, double tolerancePercent) throws IOException {
		StepModel model;
		try {
			model = StepModelReader.read(file);
		} catch (StepReadException e) {
			throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
		}
		volume = model.properties().volume();
		StepCheckResult r = StepCheck.compare(ModelProperties.of(SolidBuilder.build(part.recipe())), model.properties(),
				tolerancePercent / 100);
		Optional<String> hint = Optional.empty();
		if (!r.passed()) {
			hint = r.volume().ok() ? Optional.of(r.summary())
					: new ValueAnswer(volume, AnswerUnit.MM3).check(part, tolerancePercent).hint()
							.or(() -> Optional.of(r.summary()));
		}
		return new CheckOutcome(r.passed(), r.volume().expected(), 100 * r.volume().relative(), tolerancePercent, hint);
	}
}
