// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.Preference;
import dev.partforge.model.PreferenceType;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Preference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.PreferenceImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PreferenceImpl#getType <em>Type</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PreferenceImpl#getStringValue <em>String Value</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PreferenceImpl#getNumberValue <em>Number Value</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PreferenceImpl#isBooleanValue <em>Boolean Value</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PreferenceImpl#getObjectValue <em>Object Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PreferenceImpl extends StoredImpl implements Preference {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PreferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PREFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eGet(ModelPackage.Literals.PREFERENCE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.PREFERENCE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PreferenceType getType() {
		return (PreferenceType)eGet(ModelPackage.Literals.PREFERENCE__TYPE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PreferenceType newType) {
		eSet(ModelPackage.Literals.PREFERENCE__TYPE, newType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStringValue() {
		return (String)eGet(ModelPackage.Literals.PREFERENCE__STRING_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStringValue(String newStringValue) {
		eSet(ModelPackage.Literals.PREFERENCE__STRING_VALUE, newStringValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNumberValue() {
		return (Double)eGet(ModelPackage.Literals.PREFERENCE__NUMBER_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberValue(double newNumberValue) {
		eSet(ModelPackage.Literals.PREFERENCE__NUMBER_VALUE, newNumberValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBooleanValue() {
		return (Boolean)eGet(ModelPackage.Literals.PREFERENCE__BOOLEAN_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBooleanValue(boolean newBooleanValue) {
		eSet(ModelPackage.Literals.PREFERENCE__BOOLEAN_VALUE, newBooleanValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getObjectValue() {
		return (EObject)eGet(ModelPackage.Literals.PREFERENCE__OBJECT_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectValue(EObject newObjectValue) {
		eSet(ModelPackage.Literals.PREFERENCE__OBJECT_VALUE, newObjectValue);
	}

} //PreferenceImpl
