// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.OutboxEntry;
import dev.partforge.model.OutboxKind;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outbox Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.OutboxEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.partforge.model.impl.OutboxEntryImpl#getBusinessKey <em>Business Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutboxEntryImpl extends StoredImpl implements OutboxEntry {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutboxEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.OUTBOX_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutboxKind getKind() {
		return (OutboxKind)eGet(ModelPackage.Literals.OUTBOX_ENTRY__KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OutboxKind newKind) {
		eSet(ModelPackage.Literals.OUTBOX_ENTRY__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessKey() {
		return (String)eGet(ModelPackage.Literals.OUTBOX_ENTRY__BUSINESS_KEY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessKey(String newBusinessKey) {
		eSet(ModelPackage.Literals.OUTBOX_ENTRY__BUSINESS_KEY, newBusinessKey);
	}

} //OutboxEntryImpl
