// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Part Recipe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The seeded recipe a part was generated from. Content is a stock element and ordered feature elements in a generic form owned by the geometry generator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.PartRecipe#getId <em>Id</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getName <em>Name</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getDifficulty <em>Difficulty</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getUnits <em>Units</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getGeneratorVersion <em>Generator Version</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getDifficultyScore <em>Difficulty Score</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getStock <em>Stock</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getFeatures <em>Features</em>}</li>
 *   <li>{@link dev.partforge.model.PartRecipe#getMaterial <em>Material</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getPartRecipe()
 * @model
 * @generated
 */
public interface PartRecipe extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Difficulty</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.Difficulty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Difficulty</em>' attribute.
	 * @see dev.partforge.model.Difficulty
	 * @see #setDifficulty(Difficulty)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Difficulty()
	 * @model
	 * @generated
	 */
	Difficulty getDifficulty();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getDifficulty <em>Difficulty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difficulty</em>' attribute.
	 * @see dev.partforge.model.Difficulty
	 * @see #getDifficulty()
	 * @generated
	 */
	void setDifficulty(Difficulty value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.Units}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see dev.partforge.model.Units
	 * @see #setUnits(Units)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Units()
	 * @model
	 * @generated
	 */
	Units getUnits();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see dev.partforge.model.Units
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(Units value);

	/**
	 * Returns the value of the '<em><b>Generator Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generator Version</em>' attribute.
	 * @see #setGeneratorVersion(int)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_GeneratorVersion()
	 * @model
	 * @generated
	 */
	int getGeneratorVersion();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getGeneratorVersion <em>Generator Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generator Version</em>' attribute.
	 * @see #getGeneratorVersion()
	 * @generated
	 */
	void setGeneratorVersion(int value);

	/**
	 * Returns the value of the '<em><b>Difficulty Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Difficulty Score</em>' attribute.
	 * @see #setDifficultyScore(double)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_DifficultyScore()
	 * @model
	 * @generated
	 */
	double getDifficultyScore();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getDifficultyScore <em>Difficulty Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difficulty Score</em>' attribute.
	 * @see #getDifficultyScore()
	 * @generated
	 */
	void setDifficultyScore(double value);

	/**
	 * Returns the value of the '<em><b>Stock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stock</em>' containment reference.
	 * @see #setStock(RecipeElement)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Stock()
	 * @model containment="true" required="true"
	 * @generated
	 */
	RecipeElement getStock();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getStock <em>Stock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stock</em>' containment reference.
	 * @see #getStock()
	 * @generated
	 */
	void setStock(RecipeElement value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' containment reference list.
	 * The list contents are of type {@link dev.partforge.model.RecipeElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' containment reference list.
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Features()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecipeElement> getFeatures();

	/**
	 * Returns the value of the '<em><b>Material</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the part's material in the built-in material table (e.g. AL6061), since v4. The table (name, density) is code, not schema; unset means the table's derivation from the seed applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Material</em>' attribute.
	 * @see #setMaterial(String)
	 * @see dev.partforge.model.ModelPackage#getPartRecipe_Material()
	 * @model
	 * @generated
	 */
	String getMaterial();

	/**
	 * Sets the value of the '{@link dev.partforge.model.PartRecipe#getMaterial <em>Material</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Material</em>' attribute.
	 * @see #getMaterial()
	 * @generated
	 */
	void setMaterial(String value);

} // PartRecipe
