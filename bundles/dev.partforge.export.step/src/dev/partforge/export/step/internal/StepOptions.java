// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.step.internal;

/**
 * Writer options.
 *
 * @param schema    application protocol
 * @param unit      length unit of the file (geometry is converted from millimetres)
 * @param fileName  name written to FILE_NAME
 * @param timestamp ISO 8601 time stamp written to FILE_NAME (pass a fixed one for reproducible files)
 */
public record StepOptions(Schema schema, LengthUnit unit, String fileName, String timestamp) {

	/** Application protocols. */
	public enum Schema {
		/** ISO 10303-214 automotive design (default). */
		AP214,
		/** ISO 10303-242 managed model based 3D engineering. */
		AP242
	}

	/** File length units. */
	public enum LengthUnit {
		/** SI millimetre. */
		MM(1),
		/** Inch, a CONVERSION_BASED_UNIT of 25.4 mm. */
		INCH(25.4);

		private final double millimetres;

		LengthUnit(double millimetres) {
			this.millimetres = millimetres;
		}

		/** @return millimetres per unit */
		public double millimetres() {
			return millimetres;
		}
	}

	/** @return AP214, millimetres, a fixed time stamp */
	public static StepOptions defaults(String fileName) {
		return new StepOptions(Schema.AP214, LengthUnit.MM, fileName, "2026-01-01T00:00:00");
	}
}
