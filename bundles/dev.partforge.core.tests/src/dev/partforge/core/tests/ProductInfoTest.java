// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import dev.partforge.core.DataDirectory;
import dev.partforge.core.ProductInfo;

class ProductInfoTest {

	@Test
	void splitsReleaseAndBuildId() {
		ProductInfo info = ProductInfo.of(Version.parseVersion("1.2.3.v20261128-0105"));
		assertEquals("1.2.3", info.version());
		assertEquals("v20261128-0105", info.buildId());
		assertEquals("PartForge 1.2.3 (build v20261128-0105)", info.displayString());
	}

	@Test
	void currentIsTheCoreBundleVersion() {
		Version v = FrameworkUtil.getBundle(DataDirectory.class).getVersion();
		ProductInfo info = ProductInfo.current();
		assertEquals(v.getMajor() + "." + v.getMinor() + "." + v.getMicro(), info.version());
		assertEquals(v.getQualifier(), info.buildId());
	}
}
