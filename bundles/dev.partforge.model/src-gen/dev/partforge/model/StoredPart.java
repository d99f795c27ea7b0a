// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stored Part</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A generated practice part. Its key equals its stable id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.StoredPart#getId <em>Id</em>}</li>
 *   <li>{@link dev.partforge.model.StoredPart#getRecipe <em>Recipe</em>}</li>
 *   <li>{@link dev.partforge.model.StoredPart#getLastViewed <em>Last Viewed</em>}</li>
 *   <li>{@link dev.partforge.model.StoredPart#isBookmarked <em>Bookmarked</em>}</li>
 *   <li>{@link dev.partforge.model.StoredPart#isCompleted <em>Completed</em>}</li>
 *   <li>{@link dev.partforge.model.StoredPart#getTimeSpent <em>Time Spent</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getStoredPart()
 * @model
 * @generated
 */
public interface StoredPart extends Stored {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see dev.partforge.model.ModelPackage#getStoredPart_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link dev.partforge.model.StoredPart#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Recipe</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipe</em>' containment reference.
	 * @see #setRecipe(PartRecipe)
	 * @see dev.partforge.model.ModelPackage#getStoredPart_Recipe()
	 * @model containment="true"
	 * @generated
	 */
	PartRecipe getRecipe();

	/**
	 * Sets the value of the '{@link dev.partforge.model.StoredPart#getRecipe <em>Recipe</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipe</em>' containment reference.
	 * @see #getRecipe()
	 * @generated
	 */
	void setRecipe(PartRecipe value);

	/**
	 * Returns the value of the '<em><b>Last Viewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Since v4 a cache of the local user's PartState.lastViewed, kept equal to it by the store in the same commit; PartState is what sync uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Viewed</em>' attribute.
	 * @see #setLastViewed(Date)
	 * @see dev.partforge.model.ModelPackage#getStoredPart_LastViewed()
	 * @model
	 * @generated
	 */
	Date getLastViewed();

	/**
	 * Sets the value of the '{@link dev.partforge.model.StoredPart#getLastViewed <em>Last Viewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Viewed</em>' attribute.
	 * @see #getLastViewed()
	 * @generated
	 */
	void setLastViewed(Date value);

	/**
	 * Returns the value of the '<em><b>Bookmarked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Since v4 a cache of the local user's PartState.bookmarked, kept equal to it by the store in the same commit; PartState is what sync uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bookmarked</em>' attribute.
	 * @see #setBookmarked(boolean)
	 * @see dev.partforge.model.ModelPackage#getStoredPart_Bookmarked()
	 * @model
	 * @generated
	 */
	boolean isBookmarked();

	/**
	 * Sets the value of the '{@link dev.partforge.model.StoredPart#isBookmarked <em>Bookmarked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bookmarked</em>' attribute.
	 * @see #isBookmarked()
	 * @generated
	 */
	void setBookmarked(boolean value);

	/**
	 * Returns the value of the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed</em>' attribute.
	 * @see #setCompleted(boolean)
	 * @see dev.partforge.model.ModelPackage#getStoredPart_Completed()
	 * @model
	 * @generated
	 */
	boolean isCompleted();

	/**
	 * Sets the value of the '{@link dev.partforge.model.StoredPart#isCompleted <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed</em>' attribute.
	 * @see #isCompleted()
	 * @generated
	 */
	void setCompleted(boolean value);

	/**
	 * Returns the value of the '<em><b>Time Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total time spent on this part in milliseconds (since v3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Spent</em>' attribute.
	 * @see #setTimeSpent(long)
	 * @see dev.partforge.model.ModelPackage#getStoredPart_TimeSpent()
	 * @model
	 * @generated
	 */
	long getTimeSpent();

	/**
	 * Sets the value of the '{@link dev.partforge.model.StoredPart#getTimeSpent <em>Time Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Spent</em>' attribute.
	 * @see #getTimeSpent()
	 * @generated
	 */
	void setTimeSpent(long value);

} // StoredPart
