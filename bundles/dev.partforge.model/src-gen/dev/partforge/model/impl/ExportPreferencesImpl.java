// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model.impl;

import dev.partforge.model.ExportPreferences;
import dev.partforge.model.ModelPackage;
import dev.partforge.model.Units;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.internal.cdo.CDOObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Export Preferences</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.impl.ExportPreferencesImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.partforge.model.impl.ExportPreferencesImpl#getPaperSize <em>Paper Size</em>}</li>
 *   <li>{@link dev.partforge.model.impl.ExportPreferencesImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link dev.partforge.model.impl.ExportPreferencesImpl#isIncludeTitle <em>Include Title</em>}</li>
 *   <li>{@link dev.partforge.model.impl.ExportPreferencesImpl#isIncludeDimensions <em>Include Dimensions</em>}</li>
 *   <li>{@link dev.partforge.model.impl.ExportPreferencesImpl#getDxfVersion <em>Dxf Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExportPreferencesImpl extends CDOObjectImpl implements ExportPreferences {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExportPreferencesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.EXPORT_PREFERENCES;
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
	public String getFormat() {
		return (String)eGet(ModelPackage.Literals.EXPORT_PREFERENCES__FORMAT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		eSet(ModelPackage.Literals.EXPORT_PREFERENCES__FORMAT, newFormat);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPaperSize() {
		return (String)eGet(ModelPackage.Literals.EXPORT_PREFERENCES__PAPER_SIZE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPaperSize(String newPaperSize) {
		eSet(ModelPackage.Literals.EXPORT_PREFERENCES__PAPER_SIZE, newPaperSize);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Units getUnits() {
		return (Units)eGet(ModelPackage.Literals.EXPORT_PREFERENCES__UNITS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(Units newUnits) {
		eSet(ModelPackage.Literals.EXPORT_PREFERENCES__UNITS, newUnits);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeTitle() {
		return (Boolean)eGet(ModelPackage.Literals.EXPORT_PREFERENCES__INCLUDE_TITLE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeTitle(boolean newIncludeTitle) {
		eSet(ModelPackage.Literals.EXPORT_PREFERENCES__INCLUDE_TITLE, newIncludeTitle);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludeDimensions() {
		return (Boolean)eGet(ModelPackage.Literals.EXPORT_PREFERENCES__INCLUDE_DIMENSIONS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludeDimensions(boolean newIncludeDimensions) {
		eSet(ModelPackage.Literals.EXPORT_PREFERENCES__INCLUDE_DIMENSIONS, newIncludeDimensions);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDxfVersion() {
		return (String)eGet(ModelPackage.Literals.EXPORT_PREFERENCES__DXF_VERSION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDxfVersion(String newDxfVersion) {
		eSet(ModelPackage.Literals.EXPORT_PREFERENCES__DXF_VERSION, newDxfVersion);
	}

} //ExportPreferencesImpl
