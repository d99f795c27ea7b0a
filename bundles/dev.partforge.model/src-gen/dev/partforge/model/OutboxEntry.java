// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outbox Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A local change not yet acknowledged by the team server (since v4), written in the same commit as the change; the key is a random UUID that makes pushes idempotent, created the local commit time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.OutboxEntry#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.partforge.model.OutboxEntry#getBusinessKey <em>Business Key</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getOutboxEntry()
 * @model
 * @generated
 */
public interface OutboxEntry extends Stored {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.OutboxKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.partforge.model.OutboxKind
	 * @see #setKind(OutboxKind)
	 * @see dev.partforge.model.ModelPackage#getOutboxEntry_Kind()
	 * @model
	 * @generated
	 */
	OutboxKind getKind();

	/**
	 * Sets the value of the '{@link dev.partforge.model.OutboxEntry#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.partforge.model.OutboxKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OutboxKind value);

	/**
	 * Returns the value of the '<em><b>Business Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key of what changed: a part id, a record uuid, or the part id of a PartState.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Key</em>' attribute.
	 * @see #setBusinessKey(String)
	 * @see dev.partforge.model.ModelPackage#getOutboxEntry_BusinessKey()
	 * @model
	 * @generated
	 */
	String getBusinessKey();

	/**
	 * Sets the value of the '{@link dev.partforge.model.OutboxEntry#getBusinessKey <em>Business Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Key</em>' attribute.
	 * @see #getBusinessKey()
	 * @generated
	 */
	void setBusinessKey(String value);

} // OutboxEntry
