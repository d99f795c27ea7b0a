// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Outbox Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.partforge.model.ModelPackage#getOutboxKind()
 * @model
 * @generated
 */
public enum OutboxKind implements Enumerator {
	/**
	 * The '<em><b>RECORD ADDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECORD_ADDED_VALUE
	 * @generated
	 * @ordered
	 */
	RECORD_ADDED(0, "RECORD_ADDED", "RECORD_ADDED"),

	/**
	 * The '<em><b>PART PUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_PUT_VALUE
	 * @generated
	 * @ordered
	 */
	PART_PUT(1, "PART_PUT", "PART_PUT"),

	/**
	 * The '<em><b>PART DELETED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_DELETED_VALUE
	 * @generated
	 * @ordered
	 */
	PART_DELETED(2, "PART_DELETED", "PART_DELETED"),

	/**
	 * The '<em><b>STATE CHANGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_CHANGED_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_CHANGED(3, "STATE_CHANGED", "STATE_CHANGED");

	/**
	 * The '<em><b>RECORD ADDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECORD_ADDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECORD_ADDED_VALUE = 0;

	/**
	 * The '<em><b>PART PUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_PUT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PART_PUT_VALUE = 1;

	/**
	 * The '<em><b>PART DELETED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_DELETED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PART_DELETED_VALUE = 2;

	/**
	 * The '<em><b>STATE CHANGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATE_CHANGED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_CHANGED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Outbox Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OutboxKind[] VALUES_ARRAY =
		new OutboxKind[] {
			RECORD_ADDED,
			PART_PUT,
			PART_DELETED,
			STATE_CHANGED,
		};

	/**
	 * A public read-only list of all the '<em><b>Outbox Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OutboxKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Outbox Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutboxKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutboxKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Outbox Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutboxKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OutboxKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Outbox Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OutboxKind get(int value) {
		switch (value) {
			case RECORD_ADDED_VALUE: return RECORD_ADDED;
			case PART_PUT_VALUE: return PART_PUT;
			case PART_DELETED_VALUE: return PART_DELETED;
			case STATE_CHANGED_VALUE: return STATE_CHANGED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private OutboxKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //OutboxKind
