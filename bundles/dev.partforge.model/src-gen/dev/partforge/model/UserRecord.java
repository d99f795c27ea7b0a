// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One attempt at a part. The id is a local auto-increment assigned by the store; the uuid (equal to the key) identifies the record across machines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.UserRecord#getId <em>Id</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getUuid <em>Uuid</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getPartId <em>Part Id</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getTimeSpent <em>Time Spent</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#isCompleted <em>Completed</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getDifficulty <em>Difficulty</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getDate <em>Date</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getAnswerKind <em>Answer Kind</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getAnswerValue <em>Answer Value</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getAnswerUnit <em>Answer Unit</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getResult <em>Result</em>}</li>
 *   <li>{@link dev.partforge.model.UserRecord#getDeviation <em>Deviation</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getUserRecord()
 * @model
 * @generated
 */
public interface UserRecord extends Stored {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Uuid()
	 * @model
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Part Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part Id</em>' attribute.
	 * @see #setPartId(String)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_PartId()
	 * @model
	 * @generated
	 */
	String getPartId();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getPartId <em>Part Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Id</em>' attribute.
	 * @see #getPartId()
	 * @generated
	 */
	void setPartId(String value);

	/**
	 * Returns the value of the '<em><b>Time Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time of this attempt in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Spent</em>' attribute.
	 * @see #setTimeSpent(long)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_TimeSpent()
	 * @model
	 * @generated
	 */
	long getTimeSpent();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getTimeSpent <em>Time Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Spent</em>' attribute.
	 * @see #getTimeSpent()
	 * @generated
	 */
	void setTimeSpent(long value);

	/**
	 * Returns the value of the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed</em>' attribute.
	 * @see #setCompleted(boolean)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Completed()
	 * @model
	 * @generated
	 */
	boolean isCompleted();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#isCompleted <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed</em>' attribute.
	 * @see #isCompleted()
	 * @generated
	 */
	void setCompleted(boolean value);

	/**
	 * Returns the value of the '<em><b>Difficulty</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.Difficulty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Difficulty</em>' attribute.
	 * @see dev.partforge.model.Difficulty
	 * @see #setDifficulty(Difficulty)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Difficulty()
	 * @model
	 * @generated
	 */
	Difficulty getDifficulty();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getDifficulty <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difficulty</em>' attribute.
	 * @see dev.partforge.model.Difficulty
	 * @see #getDifficulty()
	 * @generated
	 */
	void setDifficulty(Difficulty value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Answer Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.AnswerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the user entered to check this attempt (since v4); NONE for attempts without an answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Kind</em>' attribute.
	 * @see dev.partforge.model.AnswerKind
	 * @see #setAnswerKind(AnswerKind)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_AnswerKind()
	 * @model
	 * @generated
	 */
	AnswerKind getAnswerKind();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getAnswerKind <em>Answer Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Kind</em>' attribute.
	 * @see dev.partforge.model.AnswerKind
	 * @see #getAnswerKind()
	 * @generated
	 */
	void setAnswerKind(AnswerKind value);

	/**
	 * Returns the value of the '<em><b>Answer Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entered value, in answerUnit (since v4); meaningless for NONE and STEP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Value</em>' attribute.
	 * @see #setAnswerValue(double)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_AnswerValue()
	 * @model
	 * @generated
	 */
	double getAnswerValue();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getAnswerValue <em>Answer Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Value</em>' attribute.
	 * @see #getAnswerValue()
	 * @generated
	 */
	void setAnswerValue(double value);

	/**
	 * Returns the value of the '<em><b>Answer Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of answerValue as entered: g, mm3 or in3 (since v4); for STEP the file name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answer Unit</em>' attribute.
	 * @see #setAnswerUnit(String)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_AnswerUnit()
	 * @model
	 * @generated
	 */
	String getAnswerUnit();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getAnswerUnit <em>Answer Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer Unit</em>' attribute.
	 * @see #getAnswerUnit()
	 * @generated
	 */
	void setAnswerUnit(String value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.CheckResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outcome of checking the answer (since v4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see dev.partforge.model.CheckResult
	 * @see #setResult(CheckResult)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Result()
	 * @model
	 * @generated
	 */
	CheckResult getResult();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see dev.partforge.model.CheckResult
	 * @see #getResult()
	 * @generated
	 */
	void setResult(CheckResult value);

	/**
	 * Returns the value of the '<em><b>Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the answer was from the exact value, in percent of the exact value (signed; since v4); meaningless when NOT_CHECKED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deviation</em>' attribute.
	 * @see #setDeviation(double)
	 * @see dev.partforge.model.ModelPackage#getUserRecord_Deviation()
	 * @model
	 * @generated
	 */
	double getDeviation();

	/**
	 * Sets the value of the '{@link dev.partforge.model.UserRecord#getDeviation <em>Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deviation</em>' attribute.
	 * @see #getDeviation()
	 * @generated
	 */
	void setDeviation(double value);

} // UserRecord
