// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import dev.partforge.export.Exporter;
import dev.partforge.export.ExporterDescriptor;
import dev.partforge.export.ExporterRegistry;

/**
 * The one reader of the extension point {@code dev.partforge.export.exporters}. Reads it on activation and again
 * whenever contributions come or go; merges {@link Exporter} OSGi services, whose metadata is in their service
 * properties. Bad contributions are logged with their bundle and skipped, never fatal.
 */
@Component(service = ExporterRegistry.class)
public final class ExtensionExporterRegistry implements ExporterRegistry, IRegistryEventListener {

	private static final ILog LOG = ILog.of(ExtensionExporterRegistry.class);
	private static final Pattern FORMAT_ID = Pattern.compile("[a-z0-9]+");
	private static final int DEFAULT_ORDER = 100;

	private final IExtensionRegistry registry;
	private final Map<Exporter, ExporterDescriptor> services = new ConcurrentHashMap<>();
	private final List<ExporterDescriptor> serviceOrder = new CopyOnWriteArrayList<>();
	private volatile List<ExporterDescriptor> fromExtensions = List.of();

	/**
	 * Creates the registry (Declarative Services constructor injection).
	 *
	 * @param registry the Eclipse extension registry
	 */
	@Activate
	public ExtensionExporterRegistry(@Reference IExtensionRegistry registry) {
		this.registry = registry;
		registry.addListener(this, EXTENSION_POINT);
		fromExtensions = read();
	}

	@Deactivate
	void deactivate() {
		registry.removeListener(this);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addExporter(Exporter exporter, Map<String, Object> properties) {
		Optional<ExporterDescriptor> described = fromService(exporter, properties);
		if (described.isEmpty()) {
			return;
		}
		ExporterDescriptor d = described.get();
		fromExtensions.stream().filter(e -> e.formatId().equals(d.formatId())).findFirst()
				.ifPresent(e -> LOG.warn("Exporter service " + exporter.getClass().getName() + " uses format id '"
						+ e.formatId() + "', already contributed by " + e.contributor() + "; the service is ignored"));
		services.put(exporter, d);
		serviceOrder.add(d);
	}

	void removeExporter(Exporter exporter) {
		ExporterDescriptor d = services.remove(exporter);
		if (d != null) {
			serviceOrder.remove(d);
		}
	}

	@Override
	public List<ExporterDescriptor> exporters() {
		Map<String, ExporterDescriptor> byId = new LinkedHashMap<>();
		for (ExporterDescriptor d : fromExtensions) {
			byId.putIfAbsent(d.formatId(), d);
		}
		for (ExporterDescriptor d : serviceOrder) {
			byId.putIfAbsent(d.formatId(), d);
		}
		List<ExporterDescriptor> result = new ArrayList<>(byId.values());
		result.sort(Comparator.comparingInt(ExporterDescriptor::order).thenComparing(ExporterDescriptor::formatId));
		return List.copyOf(result);
	}

	@Override
	public Optional<ExporterDescriptor> find(String formatId) {
		String id = formatId.toLowerCase(Locale.ROOT);
		return exporters().stream().filter(d -> d.formatId().equals(id)).findFirst();
	}

	private static Optional<ExporterDescriptor> fromService(Exporter e, Map<String, Object> properties) {
		String contributor = Optional.ofNullable(FrameworkUtil.getBundle(e.getClass()))
				.map(b -> b.getSymbolicName()).orElse(e.getClass().getName());
		return describe(contributor, text(properties.get(SERVICE_FORMAT_ID)), text(properties.get(SERVICE_LABEL)),
				text(properties.get(SERVICE_FILE_EXTENSION)), text(properties.get(SERVICE_ORDER)), List.of(), () -> e);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private List<ExporterDescriptor> read() {
		List<ExporterDescriptor> result = new ArrayList<>();
		Map<String, ExporterDescriptor> seen = new LinkedHashMap<>();
		IConfigurationElement[] elements = registry.getConfigurationElementsFor(EXTENSION_POINT);
		List<ExporterDescriptor> candidates = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			describe(element).ifPresent(candidates::add);
		}
		candidates.sort(Comparator.comparingInt(ExporterDescriptor::order).thenComparing(ExporterDescriptor::formatId)
				.thenComparing(ExporterDescriptor::contributor));
		for (ExporterDescriptor d : candidates) {
			ExporterDescriptor first = seen.putIfAbsent(d.formatId(), d);
			if (first == null) {
				result.add(d);
			} else {
				LOG.warn("Exporter '" + d.formatId() + "' of " + d.contributor() + " is ignored: " + first.contributor()
						+ " contributes the same format id with a lower order");
			}
		}
		return List.copyOf(result);
	}

	private static Optional<ExporterDescriptor> describe(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		if (!"exporter".equals(element.getName())) {
			LOG.warn("Unknown element <" + element.getName() + "> in " + EXTENSION_POINT + " of " + contributor
					+ " is ignored");
			return Optional.empty();
		}
		String className = element.getAttribute("class");
		List<String> classProblems = className == null || className.isBlank() ? List.of("class is missing")
				: List.of();
		return describe(contributor, element.getAttribute("formatId"), element.getAttribute("label"),
				element.getAttribute("fileExtension"), element.getAttribute("order"), classProblems,
				() -> create(element, contributor));
	}

	/** Checks a contribution's metadata (from plugin.xml or service properties); logs and skips a bad one. */
	private static Optional<ExporterDescriptor> describe(String contributor, String formatId, String label,
			String extension, String orderText, List<String> otherProblems, Supplier<Exporter> factory) {
		List<String> problems = new ArrayList<>(otherProblems);
		if (formatId == null || !FORMAT_ID.matcher(formatId).matches()) {
			problems.add("formatId '" + formatId + "' is not lower-case letters and digits");
		}
		if (label == null || label.isBlank()) {
			problems.add("label is missing");
		}
		if (extension == null || extension.isBlank() || extension.startsWith(".")) {
			problems.add("fileExtension '" + extension + "' must be given without the dot");
		}
		int order = DEFAULT_ORDER;
		if (orderText != null) {
			try {
				order = Integer.parseInt(orderText.trim());
			} catch (NumberFormatException e) {
				problems.add("order '" + orderText + "' is not an integer");
			}
		}
		if (!problems.isEmpty()) {
			LOG.error("Exporter contribution of " + contributor + " is ignored: " + String.join("; ", problems));
			return Optional.empty();
		}
		return Optional.of(new ExporterDescriptor(formatId, label, extension, order, contributor, factory));
	}

	private static Exporter create(IConfigurationElement element, String contributor) {
		try {
			Object o = element.createExecutableExtension("class");
			if (o instanceof Exporter exporter) {
				return exporter;
			}
			throw new IllegalStateException(o.getClass().getName() + " does not implement " + Exporter.class.getName());
		} catch (CoreException e) {
			LOG.error("Cannot create the exporter " + element.getAttribute("class") + " of " + contributor, e);
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public void added(IExtension[] extensions) {
		fromExtensions = read();
	}

	@Override
	public void removed(IExtension[] extensions) {
		fromExtensions = read();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// the point itself is ours and never added later
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// the point goes away with this bundle, and so does this component
	}
}
