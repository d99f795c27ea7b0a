// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.partforge.export.Exporter;
import dev.partforge.export.tests.FaultyExporter.Fault;

/**
 * The exporter contract test can fail: it is run on exporters that each break one rule ({@link FaultyExporter}), and
 * exactly the contract tests of that rule must fail. (The contract's last test, no file left behind in a missing
 * folder, checks {@code ExportFiles}, which no exporter can break.)
 */
class ExporterContractCanFailTest {

	static Stream<Arguments> faults() {
		return Stream.of( //
				Arguments.of(FaultyExporterContracts.BadFormatId.class, Fault.BAD_FORMAT_ID,
						Set.of("isServedByTheRegistryWithUsableMetadata")),
				Arguments.of(FaultyExporterContracts.NotRegistered.class, Fault.NOT_REGISTERED,
						Set.of("isServedByTheRegistryWithUsableMetadata")),
				Arguments.of(FaultyExporterContracts.ClosesStream.class, Fault.CLOSES_STREAM,
						Set.of("leavesTheStreamOpenAndReportsProgress")),
				Arguments.of(FaultyExporterContracts.NoProgress.class, Fault.NO_PROGRESS,
						Set.of("leavesTheStreamOpenAndReportsProgress")),
				Arguments.of(FaultyExporterContracts.IgnoresCancel.class, Fault.IGNORES_CANCEL,
						Set.of("stopsWhenCancelled")),
				Arguments.of(FaultyExporterContracts.SwallowsIoErrors.class, Fault.SWALLOWS_IO_ERRORS,
						Set.of("reportsAFailingStreamAsExportException")),
				Arguments.of(FaultyExporterContracts.WrongContent.class, Fault.WRONG_CONTENT,
						Set.of("writesAFileThatReadsBack", "writesPracticeSets")),
				Arguments.of(FaultyExporterContracts.FirstPartOnly.class, Fault.FIRST_PART_ONLY,
						Set.of("writesPracticeSets")));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("faults")
	void theContractCatchesTheFault(Class<?> contract, Fault fault, Set<String> expectedFailures) {
		BundleContext context = FrameworkUtil.getBundle(ExporterContractCanFailTest.class).getBundleContext();
		// registered like an installed exporter, unless the fault is to be unknown to the registry
		ServiceRegistration<Exporter> registration = fault == Fault.NOT_REGISTERED
				? null
				: context.registerService(Exporter.class, new FaultyExporter(fault), FaultyExporter.serviceProperties(fault));
		try {
			Set<String> failed = new TreeSet<>();
			Set<String> run = new TreeSet<>();
			Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestEngineAutoRegistration(false)
					.addTestEngines(new JupiterTestEngine()).build());
			launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(contract))
					.build(), new TestExecutionListener() {
						@Override
						public void executionFinished(TestIdentifier test, TestExecutionResult result) {
							if (test.isTest()) {
								String method = test.getLegacyReportingName().replace("()", "");
								run.add(method);
								if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
									failed.add(method);
								}
							}
						}
					});
			assertEquals(7, run.size(), "contract tests run on " + fault + ": " + run);
			assertEquals(new TreeSet<>(expectedFailures), failed, "contract tests that fail for " + fault);
		} finally {
			if (registration != null) {
				registration.unregister();
			}
		}
	}
}
