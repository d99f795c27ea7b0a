// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.store.cdo.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Builds detached objects of a class that has only single-valued attributes from rows of the table CDO maps it to
 * ({@code SELECT *}): column {@code NAME} or, for names that are SQL keywords, {@code NAME0} holds attribute
 * {@code name}. Values come as CDO's DB store writes them (BIGINT, INTEGER for enum literals, TIMESTAMP, ...); a NULL
 * column leaves the attribute unset, as CDO does.
 */
final class RowMapping {

	private final EClass eClass;
	private final List<EAttribute> attributes = new ArrayList<>();
	private final List<Integer> positions = new ArrayList<>();

	/**
	 * @param eClass the class
	 * @param columns the table's columns in table order
	 * @throws IllegalStateException if the class has references or many-valued attributes, or an attribute has no
	 *         column
	 */
	RowMapping(EClass eClass, List<String> columns) {
		this.eClass = eClass;
		if (!eClass.getEAllReferences().isEmpty()) {
			throw new IllegalStateException(eClass.getName() + " has references: its rows do not hold it whole");
		}
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (attribute.isMany() || attribute.isUnsettable() || attribute.isTransient() || attribute.isDerived()) {
				throw new IllegalStateException(eClass.getName() + "." + attribute.getName()
						+ " is not a plain single-valued attribute: its rows do not hold it whole");
			}
			attributes.add(attribute);
			positions.add(columns.indexOf(column(attribute, columns)));
		}
	}

	/**
	 * @param attribute an attribute of the class
	 * @param columns   the table's columns
	 * @return the column holding it: {@code NAME}, or {@code NAME0} for names that are SQL keywords
	 * @throws IllegalStateException if the table has no such column
	 */
	static String column(EAttribute attribute, List<String> columns) {
		String name = attribute.getName().toUpperCase(Locale.ROOT);
		for (String candidate : List.of(name, name + "0")) {
			if (columns.contains(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No column for " + attribute.getEContainingClass().getName() + "." + attribute.getName()
				+ " among " + columns);
	}

	/**
	 * @param row a row of the table
	 * @return a new detached object with the row's values
	 */
	EObject object(Object[] row) {
		EObject object = EcoreUtil.create(eClass);
		for (int i = 0; i < attributes.size(); i++) {
			Object value = row[positions.get(i)];
			if (value != null) {
				EAttribute attribute = attributes.get(i);
				object.eSet(attribute, convert(attribute.getEAttributeType(), value));
			}
		}
		return object;
	}

	private static Object convert(EDataType type, Object value) {
		if (type instanceof EEnum eEnum) {
			return eEnum.getEEnumLiteral(((Number) value).intValue()).getInstance();
		}
		Class<?> java = type.getInstanceClass();
		if (java == Date.class) {
			return date(value);
		}
		if (value instanceof Number n) {
			if (java == long.class || java == Long.class) {
				return n.longValue();
			}
			if (java == int.class || java == Integer.class) {
				return n.intValue();
			}
			if (java == double.class || java == Double.class) {
				return n.doubleValue();
			}
			if (java == float.class || java == Float.class) {
				return n.floatValue();
			}
		}
		if ((java == boolean.class || java == Boolean.class) && value instanceof Number n) {
			return n.intValue() != 0;
		}
		if (java == String.class || type == EcorePackage.Literals.ESTRING) {
			return value.toString();
		}
		return value;
	}

	/**
	 * @param value a TIMESTAMP column's value as the database returns it
	 * @return it as a {@link Date}
	 */
	static Date date(Object value) {
		if (value instanceof Date d) {
			return new Date(d.getTime()); // not a java.sql.Timestamp: its equals differs from Date's
		}
		if (value instanceof LocalDateTime local) {
			return Date.from(local.atZone(ZoneId.systemDefault()).toInstant());
		}
		if (value instanceof OffsetDateTime offset) {
			return Date.from(offset.toInstant());
		}
		if (value instanceof Instant instant) {
			return Date.from(instant);
		}
		if (value instanceof Number millis) {
			return new Date(millis.longValue());
		}
		throw new IllegalStateException("Not a date: " + value.getClass().getName() + " " + value);
	}
}
