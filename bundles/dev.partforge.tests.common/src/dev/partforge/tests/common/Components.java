// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.tests.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Test helper: looks up services and the state of PartForge's Declarative Services components. */
public final class Components {

	private Components() {
	}

	/**
	 * Returns a registered service, failing the test if it is missing.
	 *
	 * @param <T>  the service type
	 * @param type the service interface
	 * @return the service
	 */
	public static <T> T service(Class<T> type) {
		BundleContext ctx = context();
		ServiceReference<T> ref = ctx.getServiceReference(type);
		if (ref == null) {
			throw new AssertionError("no service " + type.getName() + " is registered");
		}
		return ctx.getService(ref);
	}

	/**
	 * Lists the DS components of every bundle whose name starts with {@code dev.partforge.} with their state.
	 *
	 * @return one entry per component configuration: "name=STATE"
	 */
	public static List<String> partForgeComponentStates() {
		BundleContext ctx = context();
		ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
		Bundle[] ours = Arrays.stream(ctx.getBundles())
				.filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("dev.partforge."))
				.toArray(Bundle[]::new);
		List<String> result = new ArrayList<>();
		for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(ours)) {
			for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
				result.add(d.name + "=" + state(c.state));
			}
		}
		return result;
	}

	/**
	 * Disables and re-enables a DS component, so that its next use gets a new instance (as after a restart).
	 *
	 * @param type a class of the component's bundle
	 * @param name the component name (by default its implementation class name)
	 */
	public static void restart(Class<?> type, String name) {
		ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
		ComponentDescriptionDTO d = scr.getComponentDescriptionDTO(FrameworkUtil.getBundle(type), name);
		if (d == null) {
			throw new AssertionError("no component " + name + " in " + FrameworkUtil.getBundle(type));
		}
		try {
			scr.disableComponent(d).getValue();
			scr.enableComponent(d).getValue();
		} catch (java.lang.reflect.InvocationTargetException e) {
			throw new AssertionError("cannot restart component " + name, e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while restarting component " + name, e);
		}
	}

	private static String state(int state) {
		return switch (state) {
		case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
		case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
		case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
		case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
		case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
		default -> "STATE_" + state;
		};
	}

	private static BundleContext context() {
		return FrameworkUtil.getBundle(Components.class).getBundleContext();
	}
}
