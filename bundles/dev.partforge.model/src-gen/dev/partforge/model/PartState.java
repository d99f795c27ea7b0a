// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Part State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One user's state of one part (since v4): bookmark and last view. Per user: the local store holds the local user's states in /state, a team server each user's under /users/<name>/state. The key equals partId; modified orders concurrent changes (last writer wins).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.PartState#getPartId <em>Part Id</em>}</li>
 *   <li>{@link dev.partforge.model.PartState#isBookmarked <em>Bookmarked</em>}</li>
 *   <li>{@link dev.partforge.model.PartState#getLastViewed <em>Last Viewed</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getPartState()
 * @model
 * @generated
 */
public interface PartState extends Stored {
	/**
	 * Returns the value of the '<em><b>Part Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part Id</em>' attribute.
	 * @see #setPartId(String)
	 * @see dev.partforge.model.ModelPackage#getPartState_PartId()
	 * @model required="true"
	 * @generated
	 */
	String getPartId();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartState#getPartId <em>Part Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Id</em>' attribute.
	 * @see #getPartId()
	 * @generated
	 */
	void setPartId(String value);

	/**
	 * Returns the value of the '<em><b>Bookmarked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bookmarked</em>' attribute.
	 * @see #setBookmarked(boolean)
	 * @see dev.partforge.model.ModelPackage#getPartState_Bookmarked()
	 * @model
	 * @generated
	 */
	boolean isBookmarked();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartState#isBookmarked <em>Bookmarked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bookmarked</em>' attribute.
	 * @see #isBookmarked()
	 * @generated
	 */
	void setBookmarked(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Viewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Viewed</em>' attribute.
	 * @see #setLastViewed(Date)
	 * @see dev.partforge.model.ModelPackage#getPartState_LastViewed()
	 * @model
	 * @generated
	 */
	Date getLastViewed();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartState#getLastViewed <em>Last Viewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Viewed</em>' attribute.
	 * @see #getLastViewed()
	 * @generated
	 */
	void setLastViewed(Date value);

} // PartState
