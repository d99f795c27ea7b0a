// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.cdo.common.model.CDOPackageUnit;
import org.eclipse.emf.cdo.server.IRepository;
import org.eclipse.emf.cdo.spi.common.model.InternalCDOPackageUnit;

import dev.partforge.model.SchemaHistory;

/**
 * Makes the PartForge models of older schema versions readable. A store written by PartForge records its model as a
 * NATIVE package unit (generated classes); once the schema moved on, the classes of that version no longer exist, and
 * CDO refuses to read its objects ("Package locally not available"). The model itself is in the repository (and in
 * every backup) as Ecore, so such units are treated as DYNAMIC: CDO then builds the package from the stored Ecore,
 * which is what migrations read. Only older PartForge versions are touched; nothing is written.
 */
final class OldModels {

	private static final Pattern NATIVE_UNIT = Pattern
			.compile("(<packageUnit id=\"http://partforge\\.dev/model/(\\d+)\\.0\" type=\")NATIVE(\")");

	/** How much of an export is searched for its model section (the models come first, each some 30 KB). */
	private static final int MODELS_LIMIT = 16 << 20;

	private static final byte[] MODELS_END = "</models>".getBytes(StandardCharsets.US_ASCII);

	private OldModels() {
	}

	/**
	 * Marks the NATIVE units of older PartForge models of a started repository as DYNAMIC, in memory.
	 *
	 * @param repository the repository, before sessions are opened
	 */
	static void asDynamic(IRepository repository) {
		for (CDOPackageUnit unit : repository.getPackageRegistry().getPackageUnits()) {
			if (unit.getOriginalType() == CDOPackageUnit.Type.NATIVE && isOld(unit.getID())) {
				((InternalCDOPackageUnit) unit).setOriginalType(CDOPackageUnit.Type.DYNAMIC);
			}
		}
	}

	/**
	 * Returns a CDO XML export in which the NATIVE units of older PartForge models are DYNAMIC.
	 *
	 * @param xml the export
	 * @return the same export, its model section rewritten where needed
	 * @throws IOException if reading fails
	 */
	static InputStream asDynamic(InputStream xml) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < MODELS_END.length && head.size() < MODELS_LIMIT) {
			int b = xml.read();
			if (b < 0) {
				break;
			}
			head.write(b);
			matched = b == MODELS_END[matched] ? matched + 1 : b == MODELS_END[0] ? 1 : 0;
		}
		// ISO-8859-1 maps every byte to one char and back: the rest of the UTF-8 text passes unchanged
		String text = head.toString(StandardCharsets.ISO_8859_1);
		Matcher m = NATIVE_UNIT.matcher(text);
		StringBuilder rewritten = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(rewritten, Matcher.quoteReplacement(
					isOld(SchemaHistory.nsUri(Integer.parseInt(m.group(2)))) ? m.group(1) + "DYNAMIC" + m.group(3)
							: m.group()));
		}
		m.appendTail(rewritten);
		return new SequenceInputStream(
				new ByteArrayInputStream(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1)), xml);
	}

	private static boolean isOld(String nsUri) {
		OptionalInt version = SchemaHistory.versionOf(nsUri);
		return version.isPresent() && version.getAsInt() < SchemaHistory.CURRENT_VERSION;
	}
}
