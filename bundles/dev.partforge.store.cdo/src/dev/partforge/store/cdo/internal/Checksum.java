// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A SHA-256 content checksum over objects in a canonical text form. The features are those of a reference package
 * (matched by class and feature name), so that data of an old version and its migrated copy can be compared over the
 * content they have in common. Features a migration converts on purpose can be left out (the migration checks them
 * itself).
 */
final class Checksum {

	private final EPackage reference;
	private final Set<String> excluded;
	private final MessageDigest digest;

	/**
	 * @param reference the package whose features are summed up
	 */
	Checksum(EPackage reference) {
		this(reference, Set.of());
	}

	/**
	 * @param reference the package whose features are summed up
	 * @param excluded features left out, as {@code Class.feature}
	 */
	Checksum(EPackage reference, Set<String> excluded) {
		this.reference = reference;
		this.excluded = Set.copyOf(excluded);
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", e);
		}
	}

	/**
	 * @param snapshot the objects
	 * @return the hex checksum over all objects of the snapshot's version
	 */
	String of(Snapshot snapshot) {
		return of(snapshot.lists(snapshot.version()));
	}

	/**
	 * @param lists lists of objects
	 * @return the hex checksum over them
	 */
	String of(List<List<EObject>> lists) {
		for (List<EObject> list : lists) {
			StringBuilder text = new StringBuilder();
			list.forEach(o -> append(text, o));
			digest.update(text.append('\n').toString().getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private void append(StringBuilder text, EObject object) {
		if (object == null) {
			text.append("null");
			return;
		}
		String className = object.eClass().getName();
		text.append(className).append('{');
		if (reference.getEClassifier(className) instanceof EClass referenceClass) {
			TreeMap<String, Object> values = new TreeMap<>();
			for (EStructuralFeature feature : referenceClass.getEAllStructuralFeatures()) {
				if (excluded.contains(className + "." + feature.getName())) {
					continue;
				}
				EStructuralFeature actual = object.eClass().getEStructuralFeature(feature.getName());
				values.put(feature.getName(), actual == null ? "<missing>" : object.eGet(actual));
			}
			values.forEach((name, value) -> {
				text.append(name).append('=');
				appendValue(text, value);
				text.append(';');
			});
		}
		text.append('}');
	}

	private void appendValue(StringBuilder text, Object value) {
		if (value instanceof Enumerator literal) {
			// before EObject: a dynamic package's enum values are EEnumLiterals, which are EObjects too
			text.append(literal.getName());
		} else if (value instanceof EObject child) {
			append(text, child);
		} else if (value instanceof List<?> list) {
			text.append('[');
			list.forEach(v -> {
				appendValue(text, v);
				text.append(',');
			});
			text.append(']');
		} else if (value instanceof Date date) {
			text.append(date.getTime());
		} else {
			text.append(value);
		}
	}
}
