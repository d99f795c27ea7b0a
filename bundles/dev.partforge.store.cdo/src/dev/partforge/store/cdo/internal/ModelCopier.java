// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.partforge.store.MigrationException;

/**
 * Copies objects of one model version into the same-named classes of another version: attributes and containments
 * are matched by name, enum values by literal name; features the target lacks are dropped, new ones keep their
 * defaults; a feature whose type changes needs an explicit conversion ({@code Class.feature} to a function of the old
 * value). Migration steps call it and then apply their explicit changes.
 */
final class ModelCopier {

	private final EPackage target;
	private final Map<String, UnaryOperator<Object>> conversions;

	/**
	 * @param target the package of the version to copy into
	 */
	ModelCopier(EPackage target) {
		this(target, Map.of());
	}

	/**
	 * @param target the package of the version to copy into
	 * @param conversions value conversions by {@code Class.feature} (names of the target version)
	 */
	ModelCopier(EPackage target, Map<String, UnaryOperator<Object>> conversions) {
		this.target = target;
		this.conversions = Map.copyOf(conversions);
	}

	/**
	 * @param sources objects of the old version
	 * @return copies in the target version, in the same order
	 */
	List<EObject> copyAll(List<EObject> sources) {
		return sources.stream().map(this::copy).toList();
	}

	/**
	 * @param source an object of the old version
	 * @return its copy in the target version
	 */
	EObject copy(EObject source) {
		EClass sourceClass = source.eClass();
		if (!(target.getEClassifier(sourceClass.getName()) instanceof EClass targetClass)) {
			throw new MigrationException("Class " + sourceClass.getName() + " of " + sourceClass.getEPackage().getNsURI()
					+ " has no counterpart in " + target.getNsURI(), null);
		}
		EObject copy = EcoreUtil.create(targetClass);
		for (EStructuralFeature feature : targetClass.getEAllStructuralFeatures()) {
			EStructuralFeature from = sourceClass.getEStructuralFeature(feature.getName());
			if (from == null || feature.isDerived() || feature.isTransient() || !source.eIsSet(from)) {
				continue;
			}
			Object value = source.eGet(from);
			if (feature instanceof EReference reference && reference.isContainment()) {
				copyContainment(copy, reference, value);
			} else if (feature instanceof EAttribute attribute) {
				UnaryOperator<Object> conversion = conversions.get(targetClass.getName() + "." + feature.getName());
				copy.eSet(attribute, conversion != null ? conversion.apply(value) : convert(attribute, value));
			}
		}
		return copy;
	}

	@SuppressWarnings("unchecked")
	private void copyContainment(EObject copy, EReference reference, Object value) {
		if (reference.isMany()) {
			EList<EObject> list = (EList<EObject>) copy.eGet(reference);
			for (Object child : (List<?>) value) {
				list.add(copy((EObject) child));
			}
		} else if (value != null) {
			copy.eSet(reference, copy((EObject) value));
		}
	}

	private static Object convert(EAttribute attribute, Object value) {
		if (attribute.getEAttributeType() instanceof EEnum targetEnum && value instanceof Enumerator literal) {
			EEnumLiteral match = targetEnum.getEEnumLiteral(literal.getName());
			if (match == null) {
				throw new MigrationException("Enum value " + literal.getName() + " of " + attribute.getName()
						+ " does not exist in " + targetEnum.getEPackage().getNsURI(), null);
			}
			return match.getInstance();
		}
		if (value instanceof Enumerator literal && !(attribute.getEAttributeType() instanceof EEnum)) {
			throw new MigrationException("Enum value " + literal.getName() + " of " + attribute.getName()
					+ " has no conversion to " + attribute.getEAttributeType().getName(), null);
		}
		return value;
	}
}
