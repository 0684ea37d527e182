import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FAULT_KINDS, simulatorApi } from '../../api/operations';
import type { SimulatorSettings } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { MAX_LATENCY_MS, settingsForm, settingsOf, type SettingsErrors, type SettingsForm } from './simulatorModel';

/** The simulator's settings: on/off, latency to the ticketed / confirmed event, and a rate per fault. */
export function SimulatorSettingsCard({ settings, onSaved }: { settings: SimulatorSettings; onSaved: (next: SimulatorSettings) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<SettingsForm>(() => settingsForm(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = settingsOf(form);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setError(null);
    try {
      const next = await simulatorApi.saveSettings(result.settings);
      setForm(settingsForm(next));
      setSaved(true);
      onSaved(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form-card" onSubmit={(e) => void submit(e)} data-testid="simulator-settings" noValidate>
      <h2 className="card-title">{t('simulator.settings')}</h2>
      {saved ? (
        <Notice kind="success" testId="simulator-settings-saved" onDismiss={() => setSaved(false)} dismissLabel={t('common.close')}>
          {t('simulator.saved')}
        </Notice>
      ) : null}
      <ErrorNotice error={error} />
      <div className="form-grid">
        <Field label={t('simulator.status')} hint={t('simulator.enabledHint')} group>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.enabled}
              onChange={(e) => setForm({ ...form, enabled: e.target.checked })}
              data-testid="simulator-enabled"
            />
            <span>{t('simulator.enabled')}</span>
          </label>
        </Field>
        <Field
          label={t('simulator.latency')}
          hint={t('simulator.latencyHint', { max: MAX_LATENCY_MS })}
          error={errors.latencyMs ? t('simulator.latencyInvalid', { max: MAX_LATENCY_MS }) : undefined}
        >
          {(id) => (
            <input
              id={id}
              inputMode="numeric"
              value={form.latencyMs}
              onChange={(e) => setForm({ ...form, latencyMs: e.target.value })}
              data-testid="simulator-latency"
            />
          )}
        </Field>
      </div>
      <h3 className="subsection-title">{t('simulator.rates')}</h3>
      <div className="form-grid simulator-rates">
        {FAULT_KINDS.map((kind) => (
          <Field key={kind} label={t(`simulator.fault.${kind}`)} error={errors[kind] ? t('simulator.rateInvalid') : undefined}>
            {(id) => (
              <div className="number-input">
                <input
                  id={id}
                  inputMode="decimal"
                  value={form.rates[kind]}
                  onChange={(e) => setForm({ ...form, rates: { ...form.rates, [kind]: e.target.value } })}
                  data-testid={`simulator-rate-${kind}`}
                />
                <span className="number-suffix">%</span>
              </div>
            )}
          </Field>
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="simulator-save">
          {t('simulator.save')}
        </button>
      </div>
    </form>
  );
}
