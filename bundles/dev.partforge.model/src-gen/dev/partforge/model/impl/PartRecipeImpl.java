// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.Difficulty;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.PartRecipe;
import dev.partforge.model.RecipeElement;
import dev.partforge.model.Units;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Part Recipe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getId <em>Id</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getDifficulty <em>Difficulty</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getGeneratorVersion <em>Generator Version</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getDifficultyScore <em>Difficulty Score</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getStock <em>Stock</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link dev.partforge.model.impl.PartRecipeImpl#getMaterial <em>Material</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartRecipeImpl extends CDOObjectImpl implements PartRecipe {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartRecipeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PART_RECIPE;
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
	public String getId() {
		return (String)eGet(ModelPackage.Literals.PART_RECIPE__ID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		eSet(ModelPackage.Literals.PART_RECIPE__ID, newId);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return (Long)eGet(ModelPackage.Literals.PART_RECIPE__SEED, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		eSet(ModelPackage.Literals.PART_RECIPE__SEED, newSeed);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)eGet(ModelPackage.Literals.PART_RECIPE__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		eSet(ModelPackage.Literals.PART_RECIPE__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Difficulty getDifficulty() {
		return (Difficulty)eGet(ModelPackage.Literals.PART_RECIPE__DIFFICULTY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifficulty(Difficulty newDifficulty) {
		eSet(ModelPackage.Literals.PART_RECIPE__DIFFICULTY, newDifficulty);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Units getUnits() {
		return (Units)eGet(ModelPackage.Literals.PART_RECIPE__UNITS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(Units newUnits) {
		eSet(ModelPackage.Literals.PART_RECIPE__UNITS, newUnits);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGeneratorVersion() {
		return (Integer)eGet(ModelPackage.Literals.PART_RECIPE__GENERATOR_VERSION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneratorVersion(int newGeneratorVersion) {
		eSet(ModelPackage.Literals.PART_RECIPE__GENERATOR_VERSION, newGeneratorVersion);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDifficultyScore() {
		return (Double)eGet(ModelPackage.Literals.PART_RECIPE__DIFFICULTY_SCORE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifficultyScore(double newDifficultyScore) {
		eSet(ModelPackage.Literals.PART_RECIPE__DIFFICULTY_SCORE, newDifficultyScore);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipeElement getStock() {
		return (RecipeElement)eGet(ModelPackage.Literals.PART_RECIPE__STOCK, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStock(RecipeElement newStock) {
		eSet(ModelPackage.Literals.PART_RECIPE__STOCK, newStock);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public EList<RecipeElement> getFeatures() {
		return (EList<RecipeElement>)eGet(ModelPackage.Literals.PART_RECIPE__FEATURES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaterial() {
		return (String)eGet(ModelPackage.Literals.PART_RECIPE__MATERIAL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaterial(String newMaterial) {
		eSet(ModelPackage.Literals.PART_RECIPE__MATERIAL, newMaterial);
	}

} //PartRecipeImpl
