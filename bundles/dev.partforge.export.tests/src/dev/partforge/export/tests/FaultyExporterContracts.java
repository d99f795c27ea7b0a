// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import dev.partforge.export.Exporter;
import dev.partforge.export.tests.FaultyExporter.Fault;

/**
 * The exporter contract applied to each {@link FaultyExporter}: one nested class per fault. They are not run by the
 * build directly (nested classes are not test classes for surefire); {@link ExporterContractCanFailTest} runs each one
 * and checks which contract tests fail.
 */
final class FaultyExporterContracts {

	private FaultyExporterContracts() {
	}

	/** The contract of the dummy listing, on a faulty exporter. */
	abstract static class Faulty extends DummyExporterContractTest {

		private final Fault fault;

		Faulty(Fault fault) {
			this.fault = fault;
		}

		@Override
		protected Exporter exporter() {
			return new FaultyExporter(fault);
		}

		@Override
		protected String formatId() {
			return FaultyExporter.FORMAT_ID;
		}
	}

	static final class BadFormatId extends Faulty {
		BadFormatId() {
			super(Fault.BAD_FORMAT_ID);
		}
	}

	static final class NotRegistered extends Faulty {
		NotRegistered() {
			super(Fault.NOT_REGISTERED);
		}
	}

	static final class ClosesStream extends Faulty {
		ClosesStream() {
			super(Fault.CLOSES_STREAM);
		}
	}

	static final class NoProgress extends Faulty {
		NoProgress() {
			super(Fault.NO_PROGRESS);
		}
	}

	static final class IgnoresCancel extends Faulty {
		IgnoresCancel() {
			super(Fault.IGNORES_CANCEL);
		}
	}

	static final class SwallowsIoErrors extends Faulty {
		SwallowsIoErrors() {
			super(Fault.SWALLOWS_IO_ERRORS);
		}
	}

	static final class WrongContent extends Faulty {
		WrongContent() {
			super(Fault.WRONG_CONTENT);
		}
	}

	static final class FirstPartOnly extends Faulty {
		FirstPartOnly() {
			super(Fault.FIRST_PART_ONLY);
		}
	}
}
