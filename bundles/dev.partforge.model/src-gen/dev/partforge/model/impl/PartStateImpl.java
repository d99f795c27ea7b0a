// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.PartState;

import java.util.Date;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Part State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.PartStateImpl#getPartId <em>Part Id</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartStateImpl#isBookmarked <em>Bookmarked</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartStateImpl#getLastViewed <em>Last Viewed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartStateImpl extends StoredImpl implements PartState {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PART_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartId() {
		return (String)eGet(ModelPackage.Literals.PART_STATE__PART_ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartId(String newPartId) {
		eSet(ModelPackage.Literals.PART_STATE__PART_ID, newPartId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBookmarked() {
		return (Boolean)eGet(ModelPackage.Literals.PART_STATE__BOOKMARKED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookmarked(boolean newBookmarked) {
		eSet(ModelPackage.Literals.PART_STATE__BOOKMARKED, newBookmarked);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastViewed() {
		return (Date)eGet(ModelPackage.Literals.PART_STATE__LAST_VIEWED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastViewed(Date newLastViewed) {
		eSet(ModelPackage.Literals.PART_STATE__LAST_VIEWED, newLastViewed);
	}

} //PartStateImpl
