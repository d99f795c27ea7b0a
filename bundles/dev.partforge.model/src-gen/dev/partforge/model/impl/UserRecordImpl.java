// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.AnswerKind;
import dev.partforge.model.CheckResult;
import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.UserRecord;

import java.util.Date;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getId <em>Id</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getPartId <em>Part Id</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getTimeSpent <em>Time Spent</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#isCompleted <em>Completed</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getDifficulty <em>Difficulty</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getAnswerKind <em>Answer Kind</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getAnswerValue <em>Answer Value</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getAnswerUnit <em>Answer Unit</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getResult <em>Result</em>}</li>
 *   <li>{@link dev.partforge.model.impl.UserRecordImpl#getDeviation <em>Deviation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserRecordImpl extends StoredImpl implements UserRecord {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.USER_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return (Long)eGet(ModelPackage.Literals.USER_RECORD__ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		eSet(ModelPackage.Literals.USER_RECORD__ID, newId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return (String)eGet(ModelPackage.Literals.USER_RECORD__UUID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		eSet(ModelPackage.Literals.USER_RECORD__UUID, newUuid);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartId() {
		return (String)eGet(ModelPackage.Literals.USER_RECORD__PART_ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartId(String newPartId) {
		eSet(ModelPackage.Literals.USER_RECORD__PART_ID, newPartId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimeSpent() {
		return (Long)eGet(ModelPackage.Literals.USER_RECORD__TIME_SPENT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeSpent(long newTimeSpent) {
		eSet(ModelPackage.Literals.USER_RECORD__TIME_SPENT, newTimeSpent);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompleted() {
		return (Boolean)eGet(ModelPackage.Literals.USER_RECORD__COMPLETED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompleted(boolean newCompleted) {
		eSet(ModelPackage.Literals.USER_RECORD__COMPLETED, newCompleted);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Difficulty getDifficulty() {
		return (Difficulty)eGet(ModelPackage.Literals.USER_RECORD__DIFFICULTY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifficulty(Difficulty newDifficulty) {
		eSet(ModelPackage.Literals.USER_RECORD__DIFFICULTY, newDifficulty);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return (Date)eGet(ModelPackage.Literals.USER_RECORD__DATE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		eSet(ModelPackage.Literals.USER_RECORD__DATE, newDate);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnswerKind getAnswerKind() {
		return (AnswerKind)eGet(ModelPackage.Literals.USER_RECORD__ANSWER_KIND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswerKind(AnswerKind newAnswerKind) {
		eSet(ModelPackage.Literals.USER_RECORD__ANSWER_KIND, newAnswerKind);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnswerValue() {
		return (Double)eGet(ModelPackage.Literals.USER_RECORD__ANSWER_VALUE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswerValue(double newAnswerValue) {
		eSet(ModelPackage.Literals.USER_RECORD__ANSWER_VALUE, newAnswerValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnswerUnit() {
		return (String)eGet(ModelPackage.Literals.USER_RECORD__ANSWER_UNIT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswerUnit(String newAnswerUnit) {
		eSet(ModelPackage.Literals.USER_RECORD__ANSWER_UNIT, newAnswerUnit);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckResult getResult() {
		return (CheckResult)eGet(ModelPackage.Literals.USER_RECORD__RESULT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(CheckResult newResult) {
		eSet(ModelPackage.Literals.USER_RECORD__RESULT, newResult);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeviation() {
		return (Double)eGet(ModelPackage.Literals.USER_RECORD__DEVIATION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviation(double newDeviation) {
		eSet(ModelPackage.Literals.USER_RECORD__DEVIATION, newDeviation);
	}

} //UserRecordImpl
