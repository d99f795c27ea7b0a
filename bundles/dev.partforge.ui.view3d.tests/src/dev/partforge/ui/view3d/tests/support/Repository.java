// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.view3d.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The source checkout the tests run in (tests run in their bundle's folder). */
public final class Repository {

	private Repository() {
	}

	/** @return the repository root: the first folder above the working directory with docs/ and bundles/ */
	public static Path root() {
		Path p = Path.of("").toAbsolutePath();
		while (p != null && !(Files.isDirectory(p.resolve("docs")) && Files.isDirectory(p.resolve("bundles")))) {
			p = p.getParent();
		}
		if (p == null) {
			throw new AssertionError("no repository root above " + Path.of("").toAbsolutePath());
		}
		return p;
	}
}
