// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.internal.registry.ExtensionRegistry;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.partforge.export.ExportException;
import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;

class ExporterRegistryTest {
	private final BundleContext context = FrameworkUtil.getBundle(ExporterRegistryTest.class).getBundleContext();
	private final ExporterRegistry registry = context.getService(context.getServiceReference(ExporterRegistry.class));

	private List<String> ids() {
		return registry.exporters().stream().map(ExporterDescriptor::formatId).toList();
	}

	/** Registry change events arrive asynchronously: poll for up to 10 s. */
	private void awaitIds(String what, java.util.function.Predicate<List<String>> condition) throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		while (!condition.test(ids())) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting until " + what + ": " + ids());
			}
			Thread.sleep(20);
		}
	}

	@Test
	void findsTheContributedDummyExporterLazilyAndInOrder() throws ExportException {
		ExporterDescriptor d = registry.find("DUMMY").orElseThrow(() -> new AssertionError("not found: " + ids()));
		assertEquals("Dummy text listing", d.label());
		assertEquals("txt", d.fileExtension());
		assertEquals(5, d.order());
		assertEquals("dev.partforge.export.tests", d.contributor());
		assertInstanceOf(DummyExporter.class, d.exporter());
		assertTrue(d.exporter() == d.exporter(), "the exporter is created once");
		List<Integer> orders = registry.exporters().stream().map(ExporterDescriptor::order).toList();
		assertEquals(orders.stream().sorted().toList(), orders, "not ordered: " + registry.exporters());
	}

	@Test
	void skipsMalformedAndDuplicateContributions() {
		List<String> ids = ids();
		assertFalse(ids.contains("Bad Id"), ids.toString());
		assertFalse(ids.contains("noext"), ids.toString());
		assertEquals(1, ids.stream().filter("dummy"::equals).count(), ids.toString());
		assertEquals(5, registry.find("dummy").orElseThrow().order(), "the lower order wins");
	}

	@Test
	void brokenClassesFailOnlyWhenUsedWithAClearMessage() {
		ExporterDescriptor ghost = registry.find("ghost").orElseThrow();
		ExportException e = assertThrows(ExportException.class, ghost::exporter);
		assertTrue(e.getMessage().contains("dev.partforge.export.tests"), e.getMessage());
	}

	@Test
	void acceptsExportersRegisteredAsServices() throws ExportException {
		Exporter service = (request, out, monitor) -> {
			// not called
		};
		Exporter unnamed = (request, out, monitor) -> {
			// not called
		};
		int before = registry.exporters().size();
		ServiceRegistration<Exporter> reg = context.registerService(Exporter.class, service,
				FrameworkUtil.asDictionary(Map.of(ExporterRegistry.SERVICE_FORMAT_ID, "svcfmt",
						ExporterRegistry.SERVICE_LABEL, "Service exporter", ExporterRegistry.SERVICE_FILE_EXTENSION, "svc",
						ExporterRegistry.SERVICE_ORDER, 9)));
		ServiceRegistration<Exporter> anonymous = context.registerService(Exporter.class, unnamed, null);
		try {
			ExporterDescriptor d = registry.find("svcfmt").orElseThrow(() -> new AssertionError(ids().toString()));
			assertEquals("Service exporter", d.label());
			assertEquals("svc", d.fileExtension());
			assertEquals(9, d.order());
			assertTrue(d.exporter() == service, "the service itself is served");
			assertEquals(before + 1, registry.exporters().size(),
					"a service without metadata is skipped: " + registry.exporters());
		} finally {
			reg.unregister();
			anonymous.unregister();
		}
		assertFalse(ids().contains("svcfmt"), ids().toString());
	}

	@Test
	void seesContributionsAddedAndRemovedAtRunTime() throws Exception {
		IExtensionRegistry extensions = Platform.getExtensionRegistry();
		Object token = ((ExtensionRegistry) extensions).getTemporaryUserToken();
		IContributor contributor = ContributorFactoryOSGi.createContributor(context.getBundle());
		String xml = "<?xml version=\"1.0\"?><plugin><extension id=\"late\" point=\"dev.partforge.export.exporters\">"
				+ "<exporter formatId=\"late\" label=\"Late\" fileExtension=\"late\" "
				+ "class=\"dev.partforge.export.tests.DummyExporter\"/></extension></plugin>";
		assertFalse(ids().contains("late"));
		assertTrue(extensions.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				contributor, false, "late", null, token));
		awaitIds("late is added", ids -> ids.contains("late"));
		assertTrue(extensions.removeExtension(extensions.getExtension("dev.partforge.export.tests.late"), token));
		awaitIds("late is removed", ids -> !ids.contains("late"));
	}
}
