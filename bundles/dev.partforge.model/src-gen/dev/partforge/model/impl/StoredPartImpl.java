// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ModelPackage;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.StoredPart;

import java.util.Date;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stored Part</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.StoredPartImpl#getId <em>Id</em>}</li>
 *   <li>{@link dev.partforge.model.impl.StoredPartImpl#getRecipe <em>Recipe</em>}</li>
 *   <li>{@link dev.partforge.model.impl.StoredPartImpl#getLastViewed <em>Last Viewed</em>}</li>
 *   <li>{@link dev.partforge.model.impl.StoredPartImpl#isBookmarked <em>Bookmarked</em>}</li>
 *   <li>{@link dev.partforge.model.impl.StoredPartImpl#isCompleted <em>Completed</em>}</li>
 *   <li>{@link dev.partforge.model.impl.StoredPartImpl#getTimeSpent <em>Time Spent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StoredPartImpl extends StoredImpl implements StoredPart {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StoredPartImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STORED_PART;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return (String)eGet(ModelPackage.Literals.STORED_PART__ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		eSet(ModelPackage.Literals.STORED_PART__ID, newId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartRecipe getRecipe() {
		return (PartRecipe)eGet(ModelPackage.Literals.STORED_PART__RECIPE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipe(PartRecipe newRecipe) {
		eSet(ModelPackage.Literals.STORED_PART__RECIPE, newRecipe);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastViewed() {
		return (Date)eGet(ModelPackage.Literals.STORED_PART__LAST_VIEWED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastViewed(Date newLastViewed) {
		eSet(ModelPackage.Literals.STORED_PART__LAST_VIEWED, newLastViewed);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBookmarked() {
		return (Boolean)eGet(ModelPackage.Literals.STORED_PART__BOOKMARKED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookmarked(boolean newBookmarked) {
		eSet(ModelPackage.Literals.STORED_PART__BOOKMARKED, newBookmarked);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompleted() {
		return (Boolean)eGet(ModelPackage.Literals.STORED_PART__COMPLETED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleted(boolean newCompleted) {
		eSet(ModelPackage.Literals.STORED_PART__COMPLETED, newCompleted);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimeSpent() {
		return (Long)eGet(ModelPackage.Literals.STORED_PART__TIME_SPENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeSpent(long newTimeSpent) {
		eSet(ModelPackage.Literals.STORED_PART__TIME_SPENT, newTimeSpent);
	}

} //StoredPartImpl
