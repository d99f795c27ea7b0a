// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
/**
 */
package dev.partforge.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Export Preferences</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.partforge.model.ExportPreferences#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.partforge.model.ExportPreferences#getPaperSize <em>Paper Size</em>}</li>
 *   <li>{@link dev.partforge.model.ExportPreferences#getUnits <em>Units</em>}</li>
 *   <li>{@link dev.partforge.model.ExportPreferences#isIncludeTitle <em>Include Title</em>}</li>
 *   <li>{@link dev.partforge.model.ExportPreferences#isIncludeDimensions <em>Include Dimensions</em>}</li>
 *   <li>{@link dev.partforge.model.ExportPreferences#getDxfVersion <em>Dxf Version</em>}</li>
 * </ul>
 *
 * @see dev.partforge.model.ModelPackage#getExportPreferences()
 * @model
 * @generated
 */
public interface ExportPreferences extends EObject {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"pdf"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The exporter format id used last (e.g. pdf, dxf, step, svg): the exporter registry owns the set of formats (since v4; an enum before).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see dev.partforge.model.ModelPackage#getExportPreferences_Format()
	 * @model default="pdf"
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link dev.partforge.model.ExportPreferences#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Paper Size</b></em>' attribute.
	 * The default value is <code>"A4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paper Size</em>' attribute.
	 * @see #setPaperSize(String)
	 * @see dev.partforge.model.ModelPackage#getExportPreferences_PaperSize()
	 * @model default="A4"
	 * @generated
	 */
	String getPaperSize();

	/**
	 * Sets the value of the '{@link dev.partforge.model.ExportPreferences#getPaperSize <em>Paper Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paper Size</em>' attribute.
	 * @see #getPaperSize()
	 * @generated
	 */
	void setPaperSize(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.partforge.model.Units}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see dev.partforge.model.Units
	 * @see #setUnits(Units)
	 * @see dev.partforge.model.ModelPackage#getExportPreferences_Units()
	 * @model
	 * @generated
	 */
	Units getUnits();

	/**
	 * Sets the value of the '{@link dev.partforge.model.ExportPreferences#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see dev.partforge.model.Units
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(Units value);

	/**
	 * Returns the value of the '<em><b>Include Title</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Title</em>' attribute.
	 * @see #setIncludeTitle(boolean)
	 * @see dev.partforge.model.ModelPackage#getExportPreferences_IncludeTitle()
	 * @model default="true"
	 * @generated
	 */
	boolean isIncludeTitle();

	/**
	 * Sets the value of the '{@link dev.partforge.model.ExportPreferences#isIncludeTitle <em>Include Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Title</em>' attribute.
	 * @see #isIncludeTitle()
	 * @generated
	 */
	void setIncludeTitle(boolean value);

	/**
	 * Returns the value of the '<em><b>Include Dimensions</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Include Dimensions</em>' attribute.
	 * @see #setIncludeDimensions(boolean)
	 * @see dev.partforge.model.ModelPackage#getExportPreferences_IncludeDimensions()
	 * @model default="true"
	 * @generated
	 */
	boolean isIncludeDimensions();

	/**
	 * Sets the value of the '{@link dev.partforge.model.ExportPreferences#isIncludeDimensions <em>Include Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Include Dimensions</em>' attribute.
	 * @see #isIncludeDimensions()
	 * @generated
	 */
	void setIncludeDimensions(boolean value);

	/**
	 * Returns the value of the '<em><b>Dxf Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The DXF release of DXF exports, a dev.partforge.export.DxfVersion name (R2013, R12); unset means the exporter's default (since v4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dxf Version</em>' attribute.
	 * @see #setDxfVersion(String)
	 * @see dev.partforge.model.ModelPackage#getExportPreferences_DxfVersion()
	 * @model
	 * @generated
	 */
	String getDxfVersion();

	/**
	 * Sets the value of the '{@link dev.partforge.model.ExportPreferences#getDxfVersion <em>Dxf Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dxf Version</em>' attribute.
	 * @see #getDxfVersion()
	 * @generated
	 */
	void setDxfVersion(String value);

} // ExportPreferences
