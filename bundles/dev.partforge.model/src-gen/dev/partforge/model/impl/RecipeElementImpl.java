// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.RecipeElement;
import dev.partforge.model.RecipeParam;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recipe Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.RecipeElementImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.partforge.model.impl.RecipeElementImpl#getFace <em>Face</em>}</li>
 *   <li>{@link dev.partforge.model.impl.RecipeElementImpl#getParams <em>Params</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecipeElementImpl extends CDOObjectImpl implements RecipeElement {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecipeElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RECIPE_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected int eStaticFeatureCount() {
		return 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return (String)eGet(ModelPackage.Literals.RECIPE_ELEMENT__KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		eSet(ModelPackage.Literals.RECIPE_ELEMENT__KIND, newKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFace() {
		return (String)eGet(ModelPackage.Literals.RECIPE_ELEMENT__FACE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFace(String newFace) {
		eSet(ModelPackage.Literals.RECIPE_ELEMENT__FACE, newFace);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<RecipeParam> getParams() {
		return (EList<RecipeParam>)eGet(ModelPackage.Literals.RECIPE_ELEMENT__PARAMS, true);
	}

} //RecipeElementImpl
