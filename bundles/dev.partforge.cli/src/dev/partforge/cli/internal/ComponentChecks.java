// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Checks that every Declarative Services component of a PartForge bundle is active. A delayed component that is
 * satisfied but not yet used is activated by getting its service once, so that a broken activation shows here.
 */
public final class ComponentChecks {

	private final BundleContext context;

	/**
	 * Creates the checks.
	 *
	 * @param context a bundle context to query the service registry with
	 */
	public ComponentChecks(BundleContext context) {
		this.context = context;
	}

	/**
	 * Runs the checks: one per component, plus one failure if the DS runtime is missing.
	 *
	 * @return the checks
	 */
	public List<Check> run() {
		ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
		if (ref == null) {
			return List.of(Check.fail("declarative services",
					"no ServiceComponentRuntime: bundle org.apache.felix.scr is missing or not started"));
		}
		ServiceComponentRuntime scr = context.getService(ref);
		try {
			List<Check> checks = new ArrayList<>();
			Bundle[] ours = Arrays.stream(context.getBundles())
					.filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("dev.partforge."))
					.toArray(Bundle[]::new);
			int count = 0;
			for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(ours)) {
				checks.add(check(scr, d));
				count++;
			}
			if (count == 0) {
				checks.add(Check.fail("declarative services", "no PartForge components found (OSGI-INF missing?)"));
			}
			return checks;
		} finally {
			context.ungetService(ref);
		}
	}

	private Check check(ServiceComponentRuntime scr, ComponentDescriptionDTO d) {
		String name = "component " + d.name;
		if (!scr.isComponentEnabled(d)) {
			return Check.fail(name, "disabled");
		}
		Collection<ComponentConfigurationDTO> configs = scr.getComponentConfigurationDTOs(d);
		if (configs.isEmpty()) {
			return Check.fail(name, "no configuration (missing required configuration?)");
		}
		ComponentConfigurationDTO c = configs.iterator().next();
		if (c.state == ComponentConfigurationDTO.SATISFIED && d.serviceInterfaces.length > 0) {
			touch(d);
			c = scr.getComponentConfigurationDTOs(d).iterator().next();
		}
		return switch (c.state) {
		case ComponentConfigurationDTO.ACTIVE -> Check.ok(name, "active");
		case ComponentConfigurationDTO.SATISFIED -> Check.fail(name, "satisfied but failed to activate (see the log)");
		case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> Check.fail(name, "missing services: "
				+ Arrays.stream(c.unsatisfiedReferences).map(r -> r.name + " (" + r.target + ")")
						.collect(Collectors.joining(", ")));
		case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> Check.fail(name, "missing configuration");
		case ComponentConfigurationDTO.FAILED_ACTIVATION -> Check.fail(name, "activation failed: " + c.failure);
		default -> Check.fail(name, "state " + c.state);
		};
	}

	private void touch(ComponentDescriptionDTO d) {
		String filter = "(component.name=" + d.name + ")";
		try {
			ServiceReference<?>[] refs = context.getServiceReferences(d.serviceInterfaces[0], filter);
			if (refs != null) {
				for (ServiceReference<?> r : refs) {
					if (context.getService(r) != null) {
						context.ungetService(r);
					}
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException("bad component name " + d.name, e);
		}
	}
}
