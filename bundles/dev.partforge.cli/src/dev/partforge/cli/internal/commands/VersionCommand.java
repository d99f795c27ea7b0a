// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import dev.partforge.cli.Args;
import dev.partforge.cli.CliCommand;
import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.cli.Json;
import dev.partforge.core.ProductInfo;

/** {@code partforge version [--json]}: product version, build id, Java and OSGi framework. */
@Component(service = CliCommand.class)
public final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public boolean needsWritableData() {
		return false;
	}

	@Override
	public String summary() {
		return "print the product version, build id, Java and OSGi framework";
	}

	@Override
	public String usage() {
		return "Usage: partforge version [--json]";
	}

	@Override
	public int run(CliContext context, List<String> args) throws CliException {
		Args a = Args.spec("version").flags("--json").parse(args);
		Map<String, Object> info = describe();
		if (a.has("--json")) {
			context.out().println(Json.write(info));
		} else {
			context.out().println(ProductInfo.current().displayString());
			context.out().println("Java " + info.get("java") + " (" + info.get("javaVendor") + ") at "
					+ info.get("javaHome"));
			context.out().println("OSGi framework " + info.get("framework"));
		}
		return 0;
	}

	static Map<String, Object> describe() {
		ProductInfo product = ProductInfo.current();
		Bundle system = FrameworkUtil.getBundle(VersionCommand.class).getBundleContext().getBundle(0);
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("product", ProductInfo.NAME);
		info.put("version", product.version());
		info.put("buildId", product.buildId());
		info.put("java", System.getProperty("java.version"));
		info.put("javaVendor", System.getProperty("java.vendor"));
		info.put("javaHome", System.getProperty("java.home"));
		info.put("framework", system.getSymbolicName() + " " + system.getVersion() + " ("
				+ system.getBundleContext().getProperty(Constants.FRAMEWORK_VENDOR) + ")");
		return info;
	}
}
