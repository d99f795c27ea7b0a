// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see dev.partforge.model.ModelPackage
 * @generated
 */
public interface ModelFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelFactory eINSTANCE = dev.partforge.model.impl.ModelFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Stored Part</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stored Part</em>'.
	 * @generated
	 */
	StoredPart createStoredPart();

	/**
	 * Returns a new object of class '<em>Part Recipe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Part Recipe</em>'.
	 * @generated
	 */
	PartRecipe createPartRecipe();

	/**
	 * Returns a new object of class '<em>Recipe Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recipe Element</em>'.
	 * @generated
	 */
	RecipeElement createRecipeElement();

	/**
	 * Returns a new object of class '<em>Recipe Param</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recipe Param</em>'.
	 * @generated
	 */
	RecipeParam createRecipeParam();

	/**
	 * Returns a new object of class '<em>User Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User Record</em>'.
	 * @generated
	 */
	UserRecord createUserRecord();

	/**
	 * Returns a new object of class '<em>Export Preferences</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Export Preferences</em>'.
	 * @generated
	 */
	ExportPreferences createExportPreferences();

	/**
	 * Returns a new object of class '<em>Preference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Preference</em>'.
	 * @generated
	 */
	Preference createPreference();

	/**
	 * Returns a new object of class '<em>Part State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Part State</em>'.
	 * @generated
	 */
	PartState createPartState();

	/**
	 * Returns a new object of class '<em>Outbox Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outbox Entry</em>'.
	 * @generated
	 */
	OutboxEntry createOutboxEntry();

	/**
	 * Returns a new object of class '<em>Sync State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sync State</em>'.
	 * @generated
	 */
	SyncState createSyncState();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModelPackage getModelPackage();

} //ModelFactory
