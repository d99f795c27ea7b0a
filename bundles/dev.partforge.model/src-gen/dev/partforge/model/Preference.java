// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Preference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named, typed preference value. Exactly the value attribute selected by type is meaningful.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.Preference#getName <em>Name</em>}</li>
 *   <li>{@link dev.partforge.model.Preference#getType <em>Type</em>}</li>
 *   <li>{@link dev.partforge.model.Preference#getStringValue <em>String Value</em>}</li>
 *   <li>{@link dev.partforge.model.Preference#getNumberValue <em>Number Value</em>}</li>
 *   <li>{@link dev.partforge.model.Preference#isBooleanValue <em>Boolean Value</em>}</li>
 *   <li>{@link dev.partforge.model.Preference#getObjectValue <em>Object Value</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getPreference()
 * @model
 * @generated
 */
public interface Preference extends Stored {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.partforge.model.ModelPackage#getPreference_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.partforge.model.Preference#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.PreferenceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see dev.partforge.model.PreferenceType
	 * @see #setType(PreferenceType)
	 * @see dev.partforge.model.ModelPackage#getPreference_Type()
	 * @model
	 * @generated
	 */
	PreferenceType getType();

	/**
	 * Sets the value of the '{@link dev.partforge.model.Preference#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see dev.partforge.model.PreferenceType
	 * @see #getType()
	 * @generated
	 */
	void setType(PreferenceType value);

	/**
	 * Returns the value of the '<em><b>String Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>String Value</em>' attribute.
	 * @see #setStringValue(String)
	 * @see dev.partforge.model.ModelPackage#getPreference_StringValue()
	 * @model
	 * @generated
	 */
	String getStringValue();

	/**
	 * Sets the value of the '{@link dev.partforge.model.Preference#getStringValue <em>String Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>String Value</em>' attribute.
	 * @see #getStringValue()
	 * @generated
	 */
	void setStringValue(String value);

	/**
	 * Returns the value of the '<em><b>Number Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Value</em>' attribute.
	 * @see #setNumberValue(double)
	 * @see dev.partforge.model.ModelPackage#getPreference_NumberValue()
	 * @model
	 * @generated
	 */
	double getNumberValue();

	/**
	 * Sets the value of the '{@link dev.partforge.model.Preference#getNumberValue <em>Number Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Value</em>' attribute.
	 * @see #getNumberValue()
	 * @generated
	 */
	void setNumberValue(double value);

	/**
	 * Returns the value of the '<em><b>Boolean Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boolean Value</em>' attribute.
	 * @see #setBooleanValue(boolean)
	 * @see dev.partforge.model.ModelPackage#getPreference_BooleanValue()
	 * @model
	 * @generated
	 */
	boolean isBooleanValue();

	/**
	 * Sets the value of the '{@link dev.partforge.model.Preference#isBooleanValue <em>Boolean Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boolean Value</em>' attribute.
	 * @see #isBooleanValue()
	 * @generated
	 */
	void setBooleanValue(boolean value);

	/**
	 * Returns the value of the '<em><b>Object Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Value</em>' containment reference.
	 * @see #setObjectValue(EObject)
	 * @see dev.partforge.model.ModelPackage#getPreference_ObjectValue()
	 * @model containment="true"
	 * @generated
	 */
	EObject getObjectValue();

	/**
	 * Sets the value of the '{@link dev.partforge.model.Preference#getObjectValue <em>Object Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Value</em>' containment reference.
	 * @see #getObjectValue()
	 * @generated
	 */
	void setObjectValue(EObject value);

} // Preference
