// SPDX-FileCopyrightText: 2026 PartForge contributors
// SPDX-License-Identifier: EPL-2.0
package dev.partforge.ui.internal.preferences;

import java.math.BigDecimal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.partforge.metrics.MemoryBudget;
import dev.partforge.practice.MonitoringPreferences;
import dev.partforge.store.PartStore;
import dev.partforge.ui.internal.Messages;
import dev.partforge.ui.internal.StoreJobs;
import dev.partforge.ui.internal.services.StoreMonitor;

/**
 * PartForge &gt; Monitoring: the caches' memory budget and the storage quota, both stored with the data
 * ({@link MonitoringPreferences}, loaded and saved in Jobs). A new budget applies at once (the workbench follows the
 * preference); the Storage Monitor and {@code partforge metrics} warn from 90 % of the quota on.
 */
public final class MonitoringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private record Values(int budgetMB, double quotaMB) {
	}

	/** The widget key of the memory budget field (tests). */
	static final String BUDGET_ID = "prefs.memoryBudget"; //$NON-NLS-1$

	/** The widget key of the quota field (tests). */
	static final String QUOTA_ID = "prefs.quota"; //$NON-NLS-1$

	private PartStore store;
	private StoreMonitor monitor;
	private Text budget;
	private Text quota;
	private boolean loaded;

	@Override
	public void init(IWorkbench workbench) {
		IEclipseContext context = workbench.getService(IEclipseContext.class);
		store = context.get(PartStore.class);
		monitor = context.get(StoreMonitor.class);
		setDescription(Messages.Prefs_monitoring);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		budget = field(page, NLS.bind(Messages.Prefs_memoryBudget, MemoryBudget.MIN_MB, MemoryBudget.MAX_MB),
				BUDGET_ID);
		quota = field(page, Messages.Prefs_quota, QUOTA_ID);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Prefs_monitoringHint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).indent(0, 8).applyTo(hint);
		budget.addModifyListener(e -> validate());
		quota.addModifyListener(e -> validate());
		if (store != null) {
			StoreJobs.schedule(Messages.Prefs_loadingMonitoring, false, monitor,
					m -> new Values(MonitoringPreferences.memoryBudgetMB(store), MonitoringPreferences.quotaMB(store)),
					this::show);
		}
		return page;
	}

	private static Text field(Composite page, String label, String key) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setData("org.eclipse.swtbot.widget.key", key); //$NON-NLS-1$
		text.setEnabled(false);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void show(Values values) {
		if (budget.isDisposed()) {
			return;
		}
		budget.setText(Integer.toString(values.budgetMB()));
		quota.setText(BigDecimal.valueOf(values.quotaMB()).stripTrailingZeros().toPlainString());
		budget.setEnabled(true);
		quota.setEnabled(true);
		loaded = true;
	}

	private void validate() {
		boolean ok = parse(budget.getText(), MemoryBudget.MIN_MB, MemoryBudget.MAX_MB) >= 0
				&& quota(quota.getText()) >= 0;
		setErrorMessage(ok ? null : NLS.bind(Messages.Prefs_monitoringInvalid, MemoryBudget.MIN_MB, MemoryBudget.MAX_MB));
		setValid(ok);
	}

	/** @return the whole number in the text if it lies from min to max, else -1 */
	private static long parse(String text, long min, long max) {
		String t = text.strip();
		if (t.isEmpty() || t.length() > 15 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return -1;
		}
		long value = Long.parseLong(t);
		return value >= min && value <= max ? value : -1;
	}

	/** @return the quota in MiB in the text (digits, optionally a point and more digits) if it is valid, else -1 */
	private static double quota(String text) {
		String t = text.strip();
		if (t.isEmpty() || t.length() > 20 || !t.matches("[0-9]+(\\.[0-9]+)?")) { //$NON-NLS-1$
			return -1;
		}
		double value = Double.parseDouble(t);
		return value <= MonitoringPreferences.MAX_QUOTA_MB ? value : -1;
	}

	@Override
	protected void performDefaults() {
		if (loaded) {
			budget.setText(Integer.toString(MemoryBudget.DEFAULT_MB));
			quota.setText("0"); //$NON-NLS-1$
		}
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (loaded && store != null && isValid()) {
			Values chosen = new Values((int) parse(budget.getText(), MemoryBudget.MIN_MB, MemoryBudget.MAX_MB),
					quota(quota.getText()));
			StoreJobs.schedule(Messages.Prefs_savingMonitoring, true, monitor, m -> {
				MonitoringPreferences.putMemoryBudgetMB(store, chosen.budgetMB());
				MonitoringPreferences.putQuotaMB(store, chosen.quotaMB());
				return chosen;
			}, null);
		}
		return true;
	}
}
