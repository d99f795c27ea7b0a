// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.cli.internal.commands;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import dev.partforge.cli.CliContext;
import dev.partforge.cli.CliException;
import dev.partforge.store.PartStore;
import dev.partforge.store.StoreException;

/** Shared helpers of the store commands: error mapping and JSON with the model's attribute names. */
final class StoreCli {

	private StoreCli() {
	}

	/**
	 * Turns a store failure into a one-line CLI error: bad input is a usage error, store failures keep the store's
	 * actionable message.
	 *
	 * @param command the command as typed
	 * @param e the failure
	 * @return the exception to throw
	 */
	static CliException failure(String command, RuntimeException e) {
		if (e instanceof IllegalArgumentException) {
			return CliException.usage(command + ": " + e.getMessage());
		}
		if (e instanceof StoreException) {
			return new CliException(e.getMessage(), e);
		}
		throw e;
	}

	/**
	 * Warns on stderr, in one line, when the store shows a read-only copy of a backup (its database cannot be opened):
	 * what a read command printed comes from that backup, and writes are refused.
	 *
	 * @param context the invocation
	 * @param store the store just read
	 */
	static void warnIfReadOnlyCopy(CliContext context, PartStore store) {
		store.info().fallback().ifPresent(f -> context.err().println("warning: " + f.message()));
	}

	/**
	 * Converts a model object to a JSON tree: attribute names as keys, dates as ISO-8601 instants, enums as their
	 * names, contained objects nested.
	 *
	 * @param object the object
	 * @return an ordered map
	 */
	static Map<String, Object> json(EObject object) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			map.put(feature.getName(), value(object.eGet(feature)));
		}
		return map;
	}

	private static Object value(Object value) {
		if (value instanceof Enumerator literal) {
			return literal.getName();
		}
		if (value instanceof EObject child) {
			return json(child);
		}
		if (value instanceof List<?> list) {
			List<Object> values = new ArrayList<>();
			list.forEach(v -> values.add(value(v)));
			return values;
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		return value;
	}

	/**
	 * @param millis a duration in milliseconds
	 * @return it in seconds, e.g. {@code 12.5s}
	 */
	static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
	}
}
