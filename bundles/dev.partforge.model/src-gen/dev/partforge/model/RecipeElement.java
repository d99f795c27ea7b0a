// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recipe Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One recipe element (the stock or a feature) in neutral form: a kind (e.g. block, hole, pocket), the face it applies to, and ordered named numeric parameters. New kinds and parameters need no schema change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.RecipeElement#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.partforge.model.RecipeElement#getFace <em>Face</em>}</li>
 *   <li>{@link dev.partforge.model.RecipeElement#getParams <em>Params</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getRecipeElement()
 * @model
 * @generated
 */
public interface RecipeElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see dev.partforge.model.ModelPackage#getRecipeElement_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link dev.partforge.model.RecipeElement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Face</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Face</em>' attribute.
	 * @see #setFace(String)
	 * @see dev.partforge.model.ModelPackage#getRecipeElement_Face()
	 * @model
	 * @generated
	 */
	String getFace();

	/**
	 * Sets the value of the '{@link dev.partforge.model.RecipeElement#getFace <em>Face</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Face</em>' attribute.
	 * @see #getFace()
	 * @generated
	 */
	void setFace(String value);

	/**
	 * Returns the value of the '<em><b>Params</b></em>' containment reference list.
	 * The list contents are of type {@link dev.partforge.model.RecipeParam}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Params</em>' containment reference list.
	 * @see dev.partforge.model.ModelPackage#getRecipeElement_Params()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecipeParam> getParams();

} // RecipeElement
