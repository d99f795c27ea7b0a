// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Every field of an object and of the objects it contains, as sorted {@code path=value} lines
 * ({@code recipe.features.1.params.0.value=1.0}): the form in which {@link MigrationFidelityTest} compares a migrated
 * object with the one it expects. Values that equal the type's default (unset, {@code false}, zero, the first enum
 * literal) are left out on both sides, as CDO's XML export leaves them out; dates are epoch milliseconds, enum values
 * their integer value.
 */
final class Fields {

	private Fields() {
	}

	/**
	 * @param object a stored object, read from a repository
	 * @return its fields and those of its contents
	 */
	static Map<String, String> of(EObject object) {
		Map<String, String> fields = new TreeMap<>();
		add(fields, "", object);
		return fields;
	}

	private static void add(Map<String, String> fields, String prefix, EObject object) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			String path = prefix + feature.getName();
			Object value = object.eGet(feature);
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (value instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						add(fields, path + "." + i + ".", (EObject) list.get(i));
					}
				} else if (value != null) {
					add(fields, path + ".", (EObject) value);
				}
			} else {
				put(fields, path, value instanceof Enumerator literal ? Integer.valueOf(literal.getValue()) : value);
			}
		}
	}

	/**
	 * Adds one value in canonical form, unless it is a default value.
	 *
	 * @param fields the fields
	 * @param path   the field's path
	 * @param value  a String, Boolean, Integer, Long, Double, Date or null
	 */
	static void put(Map<String, String> fields, String path, Object value) {
		String text = switch (value) {
		case null -> null;
		case Boolean b -> b ? "true" : null;
		case Integer i -> i == 0 ? null : i.toString();
		case Long l -> l == 0 ? null : l.toString();
		case Double d -> d == 0 ? null : d.toString();
		case Date d -> Long.toString(d.getTime());
		case String s -> s;
		default -> throw new AssertionError(path + ": unexpected value type " + value.getClass().getName());
		};
		if (text != null) {
			fields.put(path, text);
		}
	}
}
